package vn.antt.reporting.notification.recipient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.security.Role;

/** Who works at a unit, in which role. */
@Component
public class Recipients {

    private final MongoTemplate mongo;

    Recipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The users of {@code unitCode} holding any of {@code roles}, in a stable order. */
    public List<RecipientSettings> of(String unitCode, Collection<Role> roles) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("roles").in(roles.stream().map(Role::name).toList())),
                RecipientSettings.class).stream().sorted((a, b) -> a.userId().compareTo(b.userId())).toList();
    }

    public void save(RecipientSettings settings) {
        mongo.save(settings);
    }

    public Optional<RecipientSettings> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, RecipientSettings.class));
    }
}
