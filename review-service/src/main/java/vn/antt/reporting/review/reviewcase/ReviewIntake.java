package vn.antt.reporting.review.reviewcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.plans.ReviewChains;
import vn.antt.reporting.platform.plans.ReviewLevel;

/**
 * Opens and restarts review cases from submission-service's events (binding {@code submissionEvents-in-0}).
 * A version newer than the case's restarts review at the first level; an older or equal one (redelivered,
 * replayed, out of order) matches nothing and changes nothing. Each change is one guarded update.
 *
 * <p>Each poll arrives as one batch ({@code batch-mode}, issue 21): its records' guarded updates go to the store in
 * record order as one ordered bulk write, after one read of which of the batch's cases are stored (by {@code _id}):
 * the first version of a case not stored is an upsert, every other update only updates, so a version that is not newer
 * matches nothing instead of failing the bulk with a duplicate key. The store applies each guard in order, so a unit's
 * later version in the same batch is applied after its earlier one, as one record at a time did. A poll of one record
 * is its update alone (no read). A record that cannot be read or whose rule fails is named by its index
 * ({@link BatchListenerFailedException}): the records before it are written, it goes alone to the binding's dead-letter
 * topic after the binding's retries (platform-support {@code BatchDeadLetters}), the ones after it come again with the
 * next poll. A store that does not answer names no record: the whole batch is tried again (its updates are guarded, so
 * what was written already matches nothing the second time).
 */
@Configuration(proxyBeanMethods = false)
record ReviewIntake(MongoTemplate mongo, Plans plans, ReviewChains chains, OutboxEvents outbox,
                    ReviewProperties properties, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);
    private static final int DUPLICATE_KEY = 11000;

    @Bean
    Consumer<Message<List<byte[]>>> submissionEvents(CloudEventCodec codec) {
        return message -> {
            try {
                take(codec, message.getPayload());
            } catch (BatchListenerFailedException named) {
                throw named;
            } catch (RuntimeException whole) {
                // No record is to blame (the store did not answer): the container tries the whole batch again.
                log.warn("A batch of {} submission events was not applied and will be tried again: {}", message.getPayload().size(),
                        whole.toString(), whole);
                throw whole;
            }
        };
    }

    /** One poll's records: each one's guarded update, in record order, until one fails; those before it written at once. */
    void take(CloudEventCodec codec, List<byte[]> payloads) {
        log.debug("A batch of {} submission events", payloads.size());
        List<CaseWrite> writes = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Optional<CaseWrite> write;
            try {
                write = writeOf(codec.decode(payloads.get(i)), i);
            } catch (DataAccessException | MongoException storeDown) {
                throw storeDown; // reading the plan or the directory failed: not this record's fault
            } catch (RuntimeException bad) {
                write(writes);
                throw new BatchListenerFailedException(bad.getMessage(), bad, i);
            }
            write.ifPresent(writes::add);
        }
        write(writes);
    }

    /** One event as a poll of its own (ReviewStoreOperationsIntegrationTest counts what it costs the store). */
    void submitted(String eventId, ReportSubmitted event) {
        write(List.of(opening(eventId, event, 0)));
    }

    private Optional<CaseWrite> writeOf(EventEnvelope<?> envelope, int record) {
        if (envelope.data() instanceof ReportSubmitted submitted) {
            return Optional.of(opening(envelope.id(), submitted, record));
        }
        if (envelope.data() instanceof ReportWithdrawn withdrawn) {
            return Optional.of(withdrawal(envelope.id(), withdrawn, record));
        }
        return Optional.empty();
    }

    /** A version newer than the case's (or the unit's first) restarts review at the first level of its chain. */
    private CaseWrite opening(String eventId, ReportSubmitted event, int record) {
        PlanPublished plan = plans.find(event.planId())
                .orElseThrow(() -> new DirectoryLagException("Plan " + event.planId() + " is not known to this service yet"));
        List<ReviewLevel> levels = chains.levelsOf(plan, event.unit());
        Instant now = clock.instant();
        boolean finalAtOnce = levels.isEmpty();
        ReviewState state = finalAtOnce ? ReviewState.FINAL : ReviewState.SUBMITTED;
        String id = ReviewCase.idOf(event.planId(), event.unit().code());
        Update update = new Update()
                .set("planId", event.planId()).set("unit", event.unit()).set("state", state)
                .set("submissionId", event.submissionId()).set("version", event.version())
                .set("levels", levels).set("currentLevel", finalAtOnce ? 0 : 1)
                .set("currentReviewer", finalAtOnce ? null : levels.get(0).unitCode())
                .set("acceptedBy", List.of()).set("waitingSince", now)
                .set("dueAt", finalAtOnce ? null : now.plus(properties.reviewTimeOf(plan))).set("overdueRaised", false)
                .set("figures", event.figures()).set("warnings", event.warnings()).set("sections", event.sections())
                .inc("revision", 1)
                .push("audit", new CaseAuditEntry(now, "SUBMITTED", event.submittedBy(), event.unit().code(), "CLERK",
                        event.version(), 0, null, state, null, eventId));
        if (finalAtOnce) {
            update.push("outbox", outbox.pending(ReviewOutbox.BINDING, new ReportFinalized(event.planId(), event.unit(),
                    event.submissionId(), event.version(), List.of(), event.submittedBy(), now)));
        }
        return new CaseWrite(record, id, Query.query(Criteria.where("_id").is(id).and("version").lt(event.version())), update, true);
    }

    /** A withdrawal closes its version while it is still the case's, submitted and not accepted at any level. */
    private CaseWrite withdrawal(String eventId, ReportWithdrawn event, int record) {
        String id = ReviewCase.idOf(event.planId(), event.unit().code());
        Instant now = clock.instant();
        Query guard = Query.query(Criteria.where("_id").is(id).and("version").is(event.version())
                .and("state").is(ReviewState.SUBMITTED).and("acceptedBy").size(0));
        Update update = new Update().set("state", ReviewState.AWAITING_SUBMISSION).set("currentReviewer", null).set("dueAt", null)
                .inc("revision", 1)
                .push("audit", new CaseAuditEntry(now, "WITHDRAWN", event.withdrawnBy(), event.unit().code(), "CLERK",
                        event.version(), 0, ReviewState.SUBMITTED, ReviewState.AWAITING_SUBMISSION, event.reason(), eventId));
        return new CaseWrite(record, id, guard, update, false);
    }

    /** The batch's updates: one alone as it is; more as one read of the stored cases and one ordered bulk write. */
    private void write(List<CaseWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        if (writes.size() == 1) {
            writeOne(writes.get(0));
            return;
        }
        try {
            writeAll(writes);
        } catch (BulkOperationException raced) {
            if (!isDuplicateKey(raced)) {
                throw raced;
            }
            // A case the read did not find was stored since (another consumer of the partition, during a rebalance): the
            // same updates again, with a fresh read; what was written already matches nothing.
            log.debug("A case of the batch was stored meanwhile; writing the batch again");
            writeAll(writes);
        }
    }

    private void writeOne(CaseWrite write) {
        try {
            if (write.opens()) {
                mongo.upsert(write.guard(), write.update(), ReviewCase.class);
            } else {
                mongo.updateFirst(write.guard(), write.update(), ReviewCase.class);
            }
        } catch (DuplicateKeyException olderOrSame) {
            log.debug("The update of {} matched nothing: the case's version is the same or newer", write.caseId());
        }
    }

    private void writeAll(List<CaseWrite> writes) {
        Set<Object> stored = storedCases(writes);
        // Ordered: the store applies them one after the other, in record order, and stops at one it refuses.
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, ReviewCase.class);
        for (CaseWrite write : writes) {
            if (write.opens() && stored.add(write.caseId())) {
                bulk.upsert(write.guard(), write.update());
            } else {
                bulk.updateOne(write.guard(), write.update());
            }
        }
        try {
            bulk.execute();
        } catch (BulkOperationException refused) {
            BulkWriteError first = refused.getErrors().isEmpty() ? null : refused.getErrors().get(0);
            if (first == null || first.getCode() == DUPLICATE_KEY) {
                throw refused;
            }
            // The store refused this record's update (the ones before it are written): it goes to the dead-letter topic.
            throw new BatchListenerFailedException(first.getMessage(), refused, writes.get(first.getIndex()).record());
        }
    }

    /** Which of the batch's cases are stored: one read by {@code _id}, nothing but the ids. */
    private Set<Object> storedCases(List<CaseWrite> writes) {
        Query byIds = Query.query(Criteria.where("_id").in(writes.stream().map(CaseWrite::caseId).distinct().toList()));
        byIds.fields().include("_id");
        Set<Object> stored = new HashSet<>();
        mongo.find(byIds, Document.class, ReviewCase.COLLECTION).forEach(found -> stored.add(found.get("_id")));
        return stored;
    }

    private static boolean isDuplicateKey(BulkOperationException refused) {
        return !refused.getErrors().isEmpty() && refused.getErrors().get(0).getCode() == DUPLICATE_KEY;
    }

    /**
     * One record's guarded update of its case.
     *
     * @param record its index in the poll
     * @param opens  whether it may create the case (a submission), i.e. is an upsert when the case is not stored
     */
    record CaseWrite(int record, String caseId, Query guard, Update update, boolean opens) {
    }
}
