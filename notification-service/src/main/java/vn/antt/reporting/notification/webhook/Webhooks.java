package vn.antt.reporting.notification.webhook;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The webhooks registered per unit. */
@Component
public class Webhooks {

    private final MongoTemplate mongo;

    Webhooks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Webhook> of(String unitCode) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode)), Webhook.class);
    }

    public Webhook find(String id) {
        return mongo.findById(id, Webhook.class);
    }
}
