package vn.antt.reporting.notification.recipient;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.platform.security.Role;

/**
 * A user who can be told something: who they are, from the identity provider (their token's {@code name}, {@code email},
 * {@code unit_code} and {@code roles}, refreshed at each call they make here) or from a directory contact, and their
 * own preferences, which only the user changes. A user who never saved settings gets every message in the inbox and
 * by e-mail at the identity provider's address, in Vietnamese, one by one.
 *
 * @param identityName  the name the identity provider gives, e.g. "Văn thư xã Tịnh Sơn"
 * @param identityEmail the address the identity provider gives (or the directory contact's), or null
 * @param displayName   preference: the name to be addressed by, or null for {@code identityName}
 * @param email         preference: another address than the identity provider's, or null
 * @param emailEnabled  preference: false for the inbox only (null: true)
 * @param language      preference: "vi" (default) or "en"
 * @param digest        preference: e-mails one by one (default) or a daily digest
 * @param reviewDigest  preference for the reports that arrive for the user's review: one e-mail each (default) or
 *                      in the daily digest (the inbox gets each at once either way)
 * @param unitVersion   the directory version of the user's unit, from their token (codes are reused across the reform)
 */
@Document(RecipientSettings.COLLECTION)
public record RecipientSettings(@Id String userId, String identityName, @Indexed String unitCode, Set<Role> roles,
                                String identityEmail, String displayName, String email, Boolean emailEnabled, String language,
                                Digest digest, Digest reviewDigest, String unitVersion) {

    public static final String COLLECTION = "recipients";

    public RecipientSettings {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        language = language == null ? "vi" : language;
        digest = digest == null ? Digest.IMMEDIATE : digest;
        reviewDigest = reviewDigest == null ? Digest.IMMEDIATE : reviewDigest;
        emailEnabled = emailEnabled == null ? Boolean.TRUE : emailEnabled;
        unitVersion = unitVersion == null ? unitCode : unitVersion; // stored before versions: the code's first version
    }

    /** A user known from the identity provider (or a directory contact) who never saved settings. */
    public static RecipientSettings of(Contact contact) {
        return new RecipientSettings(contact.userId(), contact.name(), contact.unitCode(), contact.roles(), contact.email(),
                null, null, null, contact.language(), null, null, contact.unitVersion());
    }

    /** The name to address the user by. */
    public String name() {
        return displayName != null ? displayName : identityName != null ? identityName : userId;
    }

    /** Where the user's e-mails go: the chosen address, else the identity provider's; null for the inbox only. */
    public String address() {
        return Boolean.FALSE.equals(emailEnabled) ? null : email != null ? email : identityEmail;
    }
}
