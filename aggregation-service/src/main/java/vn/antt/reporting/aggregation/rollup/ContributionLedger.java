package vn.antt.reporting.aggregation.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * Records what submission and review events say about a version, as one atomic upsert per event that only
 * adds facts ($set of values fixed per version, $addToSet): commutative and idempotent, so the live roll-ups
 * and a rebuild from the log agree whatever the order or the repeats. Writes to the live collection, or to a
 * rebuild's own collection.
 *
 * <p>Because the upserts commute and repeat harmlessly, a batch of events is one unordered bulk write
 * ({@link #applyAll}): one store round trip however many events a poll brought.
 */
@Component
public class ContributionLedger {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    ContributionLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the event concerns the roll-ups (false for events it ignores) */
    public boolean apply(DomainEvent event) {
        return apply(event, Contribution.COLLECTION);
    }

    public boolean apply(DomainEvent event, String collection) {
        Optional<Update> update = updateFor(event);
        if (update.isEmpty()) {
            return false;
        }
        Query byId = byId((VersionEvent) event);
        try {
            mongo.upsert(byId, update.get(), Contribution.class, collection);
        } catch (DuplicateKeyException raced) {
            // Two first events of one unit upserted at once (one per topic); the document exists now.
            mongo.upsert(byId, update.get(), Contribution.class, collection);
        }
        return true;
    }

    /**
     * Records the events with one unordered bulk write to the live collection. The order inside the batch does
     * not matter (the upserts commute), nor does an event that is there twice (they are idempotent).
     *
     * @return the events that concern the roll-ups, in their order
     * @throws ContributionRefusedException when the store refused one event's upsert; every other one is written
     */
    public List<VersionEvent> applyAll(List<? extends DomainEvent> events) {
        return applyAll(events, Contribution.COLLECTION);
    }

    /** The same to {@code collection} (the live one, or a rebuild's). */
    public List<VersionEvent> applyAll(List<? extends DomainEvent> events, String collection) {
        List<VersionEvent> recorded = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            Optional<Update> update = updateFor(event);
            if (update.isPresent()) {
                VersionEvent version = (VersionEvent) event;
                recorded.add(version);
                positions.add(i);
                queries.add(byId(version));
                updates.add(update.get());
            }
        }
        List<Integer> raced = bulkUpsert(collection, queries, updates, all(queries.size()), positions);
        if (!raced.isEmpty()) {
            // The first upsert of a unit raced the other topic's consumer (E11000); the document exists now, so
            // the same upserts again update it.
            List<Integer> refused = bulkUpsert(collection, queries, updates, raced, positions);
            if (!refused.isEmpty()) {
                throw new ContributionRefusedException(positions.get(refused.get(0)), "the store refused the upsert again");
            }
        }
        return recorded;
    }

    /** @return the operations (indexes into queries) refused as duplicate keys */
    private List<Integer> bulkUpsert(String collection, List<Query> queries, List<Update> updates, List<Integer> which, List<Integer> positions) {
        if (which.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Contribution.class, collection);
        which.forEach(i -> bulk.upsert(queries.get(i), updates.get(i)));
        try {
            bulk.execute();
            return List.of();
        } catch (BulkOperationException refused) {
            List<Integer> duplicates = new ArrayList<>();
            for (var error : refused.getErrors()) {
                int operation = which.get(error.getIndex());
                if (error.getCode() != DUPLICATE_KEY) {
                    throw new ContributionRefusedException(positions.get(operation), error.getMessage(), refused);
                }
                duplicates.add(operation);
            }
            return duplicates;
        }
    }

    private static List<Integer> all(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static Query byId(VersionEvent event) {
        return Query.query(Criteria.where("_id").is(Contribution.idOf(event.planId(), event.unit().code())));
    }

    /**
     * Adds the event's facts to {@code contributions} (by unit code) in memory, as {@link #applyAll} adds them in the
     * store: what a rebuild replays the log into before it compares, so that it writes nothing.
     *
     * @return whether the event concerns the roll-ups (false for events it ignores)
     */
    public static boolean replay(DomainEvent event, Map<String, Contribution> contributions) {
        Optional<VersionFacts> facts = VersionFacts.of(event);
        facts.ifPresent(f -> {
            VersionEvent version = (VersionEvent) event;
            contributions.compute(version.unit().code(), (unit, had) -> (had == null ? Contribution.none(version.planId(), unit) : had).with(f));
        });
        return facts.isPresent();
    }

    /**
     * The update that adds the event's facts ({@link VersionFacts#of}) to its version: values fixed per version ($set)
     * and sets ($addToSet), never a counter or a value that a later event would overwrite differently. Empty for events
     * that say nothing about what a unit reported.
     */
    private static Optional<Update> updateFor(DomainEvent event) {
        return VersionFacts.of(event).map(facts -> {
            VersionEvent versionEvent = (VersionEvent) event;
            String v = "versions." + Contribution.versionKey(facts.version()) + ".";
            Update update = new Update()
                    .set("planId", versionEvent.planId())
                    .set("unitCode", versionEvent.unit().code())
                    .set(v + "version", facts.version())
                    .set(v + "submissionId", facts.submissionId());
            if (facts.submitted()) {
                update.set(v + "submittedAt", facts.submittedAt())
                        .set(v + "late", facts.late())
                        .set(v + "figures", facts.figures())
                        .set(v + "submitted", true);
            }
            if (facts.withdrawn()) {
                update.set(v + "withdrawn", true);
            }
            if (!facts.acceptedBy().isEmpty()) {
                update.addToSet(v + "acceptedBy").each(facts.acceptedBy().toArray());
            }
            if (!facts.acceptedLevels().isEmpty()) {
                update.addToSet(v + "acceptedLevels").each(facts.acceptedLevels().toArray());
            }
            if (facts.returned()) {
                update.set(v + "returned", true);
            }
            if (facts.finalized()) {
                update.set(v + "finalized", true);
            }
            return update;
        });
    }
}
