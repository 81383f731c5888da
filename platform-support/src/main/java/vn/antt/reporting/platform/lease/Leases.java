package vn.antt.reporting.platform.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Time-limited claims of one instance, so that several instances share work without doing the same piece at once.
 * What is leased is either a document of the work itself ({@link #claim}: an outbox's document, a delivery) or a
 * named lease document in {@value #NAMED} ({@link #acquire}: one instance at a time for a whole job). A thing that is
 * free (never leased, or released) or whose lease has expired can be taken, and is then mine until
 * {@code now + duration}; one that another holds until later cannot. A named lease that is mine is extended (its
 * holder renews it as it goes on); a document that is mine is not claimed again until released or expired (the claim
 * is being worked on, maybe by another thread of this instance). A crashed instance's leases thus pass to another
 * after {@code duration}. The lease is two fields of the document, the
 * holder and the time it runs until, both removed by {@link #release}.
 */
public final class Leases {

    /** The collection of named leases. */
    public static final String NAMED = "relay_leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration duration;
    private final String untilField;
    private final String holderField;
    private final String holder = UUID.randomUUID().toString();

    /**
     * @param untilField  the field holding the time the lease runs until
     * @param holderField the field naming its holder (this object: one per instance and job)
     */
    public Leases(MongoTemplate mongo, Clock clock, Duration duration, String untilField, String holderField) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
        this.untilField = untilField;
        this.holderField = holderField;
    }

    /** Named leases: documents of {@value #NAMED} with the fields {@code until} and {@code holder}. */
    public static Leases named(MongoTemplate mongo, Clock clock, Duration duration) {
        return new Leases(mongo, clock, duration, "until", "holder");
    }

    /** The documents this instance may claim at {@code now}: free or expired. */
    public Criteria takeable(Instant now) {
        return new Criteria().orOperator(Criteria.where(untilField).is(null), Criteria.where(untilField).lt(now));
    }

    /** Takes or extends the named lease {@code name}; false while another instance holds it. */
    public boolean acquire(String name) {
        Instant now = clock.instant();
        Query takeable = Query.query(Criteria.where("_id").is(name).andOperator(new Criteria().orOperator(takeable(now),
                Criteria.where(holderField).is(holder))));
        try {
            // Upserted when there is none yet; when another holds it, the upsert collides with its document.
            mongo.findAndModify(takeable, taken(now), FindAndModifyOptions.options().upsert(true).returnNew(true),
                    org.bson.Document.class, NAMED);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /**
     * Claims those of the documents {@code ids} of {@code collection} that still match {@code also} and may be taken,
     * and reads them: two operations for any number of documents (one update of them all, one read of those it took).
     * A document another instance took meanwhile is not returned.
     */
    public <T> List<T> claim(String collection, Collection<?> ids, Criteria also, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        Criteria candidates = Criteria.where("_id").in(ids).andOperator(also, takeable(now));
        if (mongo.updateMulti(Query.query(candidates), new Update().set(holderField, holder).set(untilField, until), collection)
                .getModifiedCount() == 0) {
            return List.of();
        }
        // Mine and until this claim's time: a document still mine from an earlier claim is not this claim's.
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and(holderField).is(holder).and(untilField).is(until)),
                type, collection);
    }

    /** Claims the one document {@code id} if it still matches {@code also} and may be taken: returns it, or null. */
    public <T> T claimOne(String collection, Object id, Criteria also, Class<T> type) {
        Instant now = clock.instant();
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).andOperator(also, takeable(now))), taken(now),
                FindAndModifyOptions.options().returnNew(true), type, collection);
    }

    /** Writes into {@code document}, not yet stored, a claim of this instance from now: returns when it runs out. */
    public Instant claimNew(org.bson.Document document) {
        Instant until = clock.instant().plus(duration);
        document.put(holderField, holder);
        document.put(untilField, until);
        return until;
    }

    /** Adds to {@code update} the removal of the lease, to end it in the same write as the work it covered. */
    public Update release(Update update) {
        return update.unset(untilField).unset(holderField);
    }

    private Update taken(Instant now) {
        return new Update().set(holderField, holder).set(untilField, now.plus(duration));
    }
}
