package vn.antt.reporting.review.reviewcase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.platform.plans.ReviewChains;

/**
 * Opens and restarts review cases from submission-service's events (binding {@code submissionEvents-in-0}).
 * A version newer than the case's restarts review at the first level; an older or equal one (redelivered,
 * replayed, out of order) matches nothing and changes nothing. Each change is one guarded upsert.
 */
@Configuration(proxyBeanMethods = false)
record ReviewIntake(MongoTemplate mongo, Plans plans, ReviewChains chains, OutboxEvents outbox,
                    ReviewProperties properties, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);

    @Bean
    Consumer<Message<byte[]>> submissionEvents(CloudEventCodec codec) {
        return message -> {
            EventEnvelope<?> envelope = codec.decode(message.getPayload());
            if (envelope.data() instanceof ReportSubmitted submitted) {
                submitted(envelope.id(), submitted);
            } else if (envelope.data() instanceof ReportWithdrawn withdrawn) {
                withdrawn(envelope.id(), withdrawn);
            }
        };
    }

    void submitted(String eventId, ReportSubmitted event) {
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
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).and("version").lt(event.version())), update, ReviewCase.class);
        } catch (DuplicateKeyException olderOrSame) {
            log.debug("Version {} of {} is not newer than the case's: nothing to do", event.version(), id);
        }
    }

    void withdrawn(String eventId, ReportWithdrawn event) {
        String id = ReviewCase.idOf(event.planId(), event.unit().code());
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("version").is(event.version())
                        .and("state").is(ReviewState.SUBMITTED).and("acceptedBy").size(0)),
                new Update().set("state", ReviewState.AWAITING_SUBMISSION).set("currentReviewer", null).set("dueAt", null)
                        .inc("revision", 1)
                        .push("audit", new CaseAuditEntry(now, "WITHDRAWN", event.withdrawnBy(), event.unit().code(), "CLERK",
                                event.version(), 0, ReviewState.SUBMITTED, ReviewState.AWAITING_SUBMISSION, event.reason(), eventId)),
                ReviewCase.class);
    }
}
