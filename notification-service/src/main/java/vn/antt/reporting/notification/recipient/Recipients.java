package vn.antt.reporting.notification.recipient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.cache.ReadCacheProperties;
import vn.antt.reporting.platform.security.Role;

/** Who works at a unit, in which role, and how they want to be told. */
@Component
public class Recipients {

    private final MongoTemplate mongo;
    /** The contacts written last, so that a user's every call does not write the same again. */
    private final Map<String, Contact> known = new ConcurrentHashMap<>();
    /**
     * Every user of a unit code, in a stable order (issue 21: read for every notice). Any write here empties it (a user
     * may move between units; writes are rare); another instance's write is seen within the TTL.
     */
    private final ReadCache<String, List<RecipientSettings>> byUnit;

    Recipients(MongoTemplate mongo, ReadCacheProperties cache) {
        this.mongo = mongo;
        this.byUnit = ReadCache.of(cache);
    }

    /** The users of {@code unitCode} holding any of {@code roles}, in a stable order. */
    public List<RecipientSettings> of(String unitCode, Collection<Role> roles) {
        return of(unitCode, null, roles);
    }

    /**
     * The users of this version of the unit ({@code versionKey}; null: whichever unit the code names for them) holding any
     * of {@code roles}, in a stable order: a message of a plan of May 2025 to 21061 goes to Xã Bình Trị's people, not to
     * Xã Vạn Tường's, which has the code since 1/7/2025.
     */
    public List<RecipientSettings> of(String unitCode, String versionKey, Collection<Role> roles) {
        return byUnit.get(unitCode, this::storedOf).stream()
                .filter(r -> r.roles().stream().anyMatch(roles::contains))
                .filter(r -> versionKey == null || versionKey.equals(r.unitVersion())).toList();
    }

    private List<RecipientSettings> storedOf(String unitCode) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode)), RecipientSettings.class).stream()
                .sorted((a, b) -> a.userId().compareTo(b.userId())).toList();
    }

    /**
     * Records who a user is (identity provider or directory contact): unit and roles are replaced, and the name and
     * address when given; the user's preferences are kept (a contact's language only starts a user who has none).
     */
    public RecipientSettings register(Contact contact) {
        Update update = new Update().set("unitCode", contact.unitCode()).set("unitVersion", contact.unitVersion())
                .set("roles", contact.roles().stream().map(Role::name).sorted().toList());
        // A token without a name or an address does not erase those a directory contact gave.
        if (contact.name() != null) {
            update.set("identityName", contact.name());
        }
        if (contact.email() != null) {
            update.set("identityEmail", contact.email());
        }
        if (contact.language() != null) {
            update.setOnInsert("language", contact.language());
        }
        RecipientSettings registered = mongo.findAndModify(Query.query(Criteria.where("_id").is(contact.userId())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), RecipientSettings.class);
        byUnit.invalidateAll();
        known.put(contact.userId(), contact);
        return registered;
    }

    /** {@link #register} unless this very contact was the last one written for the user. */
    public void registerIfChanged(Contact contact) {
        if (!contact.equals(known.get(contact.userId()))) {
            register(contact);
        }
    }

    /** Saves the user's preferences (and who they are, from their token), all at once. */
    public RecipientSettings savePreferences(Contact contact, String displayName, String email, Boolean emailEnabled, String language,
                                            Digest digest, Digest reviewDigest) {
        RecipientSettings before = find(contact.userId()).orElse(null);
        RecipientSettings settings = new RecipientSettings(contact.userId(),
                contact.name() != null || before == null ? contact.name() : before.identityName(), contact.unitCode(), contact.roles(),
                contact.email() != null || before == null ? contact.email() : before.identityEmail(),
                displayName, email, emailEnabled, language, digest, reviewDigest, contact.unitVersion());
        mongo.save(settings);
        byUnit.invalidateAll();
        known.put(contact.userId(), contact);
        return settings;
    }

    public Optional<RecipientSettings> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, RecipientSettings.class));
    }
}
