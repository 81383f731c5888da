package vn.antt.reporting.notification.recipient;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.platform.security.Role;

/**
 * A user's contacts and preferences. The unit and roles are those of the user's token (the identity provider's),
 * kept here so that an event about a unit finds its clerks and reviewers.
 *
 * @param language "vi" (default) or "en"
 * @param email    null: no e-mail, the inbox only
 */
@Document(RecipientSettings.COLLECTION)
public record RecipientSettings(@Id String userId, String displayName, @Indexed String unitCode, Set<Role> roles, String email,
                                String language, Digest digest) {

    public static final String COLLECTION = "recipients";

    public RecipientSettings {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        language = language == null ? "vi" : language;
        digest = digest == null ? Digest.IMMEDIATE : digest;
    }
}
