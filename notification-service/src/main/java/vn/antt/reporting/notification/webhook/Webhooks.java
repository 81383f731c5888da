package vn.antt.reporting.notification.webhook;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.cache.ReadCacheProperties;

/** The webhooks registered per unit. */
@Component
public class Webhooks {

    private final MongoTemplate mongo;
    /**
     * A unit's webhooks (issue 21: read for every notice). A registration or removal here invalidates its unit at once;
     * one made through another instance is seen within the TTL.
     */
    private final ReadCache<String, List<Webhook>> byUnit;

    Webhooks(MongoTemplate mongo, ReadCacheProperties cache) {
        this.mongo = mongo;
        this.byUnit = ReadCache.of(cache);
    }

    public List<Webhook> of(String unitCode) {
        return byUnit.get(unitCode, code -> List.copyOf(mongo.find(Query.query(Criteria.where("unitCode").is(code)), Webhook.class)));
    }

    public Webhook find(String id) {
        return mongo.findById(id, Webhook.class);
    }

    void register(Webhook webhook) {
        mongo.insert(webhook);
        byUnit.invalidate(webhook.unitCode());
    }

    void remove(String id, String unitCode) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("unitCode").is(unitCode)), Webhook.class);
        byUnit.invalidate(unitCode);
    }
}
