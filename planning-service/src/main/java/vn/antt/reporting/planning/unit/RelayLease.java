package vn.antt.reporting.planning.unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lets one instance at a time publish a keyed, compacted topic. Two instances sending different
 * revisions of the same unit could leave the older one last on the topic, which compaction would keep;
 * with one holder, each unit's revisions go out in order.
 */
final class RelayLease {

    static final String COLLECTION = "relay_leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String name;
    private final Duration duration;
    private final String holder = UUID.randomUUID().toString();

    RelayLease(MongoTemplate mongo, Clock clock, String name, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.name = name;
        this.duration = duration;
    }

    /** Takes or extends the lease; false while another instance holds it. */
    boolean acquire() {
        Instant now = clock.instant();
        Query freeOrMine = Query.query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("holder").is(holder), Criteria.where("until").lt(now)));
        try {
            mongo.findAndModify(freeOrMine, new Update().set("holder", holder).set("until", now.plus(duration)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }
}
