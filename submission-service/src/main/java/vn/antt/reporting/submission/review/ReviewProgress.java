package vn.antt.reporting.submission.review;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.submission.submission.StatusChange;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionStatus;

/**
 * Learns from review-service's events how far each submitted version got, so that a unit sees it and
 * cannot withdraw what a reviewer has acted on. Each event moves a version at most once: the update is
 * guarded by the states that may still move and by the event id not yet being in the history, so a
 * redelivered or replayed event changes nothing.
 */
@Configuration
class ReviewProgress {

    private static final Logger log = LoggerFactory.getLogger(ReviewProgress.class);

    /** Binding {@code reviewEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(CloudEventCodec codec, MongoTemplate mongo) {
        return message -> {
            EventEnvelope<?> envelope = codec.decode(message.getPayload());
            if (envelope.data() instanceof ReportAccepted accepted) {
                move(mongo, envelope.id(), accepted.submissionId(), accepted.finalAcceptance() ? SubmissionStatus.FINAL
                        : SubmissionStatus.IN_REVIEW, accepted.acceptedBy(), accepted.levelUnitCode(), null, List.of(), accepted.acceptedAt());
            } else if (envelope.data() instanceof ReportReturned returned) {
                // A higher level may send its return to the level below: then the version is still in review.
                SubmissionStatus to = returned.unit().code().equals(returned.returnedTo()) ? SubmissionStatus.RETURNED
                        : SubmissionStatus.IN_REVIEW;
                move(mongo, envelope.id(), returned.submissionId(), to, returned.returnedBy(),
                        returned.levelUnitCode(), returned.reason(), returned.notes(), returned.returnedAt());
            }
        };
    }

    private static void move(MongoTemplate mongo, String eventId, String submissionId, SubmissionStatus to, String userId,
                             String unitCode, String reason, List<ReturnNote> notes, java.time.Instant at) {
        Submission current = mongo.findById(submissionId, Submission.class);
        if (current == null || !SubmissionStatus.REVIEWABLE.contains(current.status())) {
            log.info("Review event {} for submission {} ignored: it is {}", eventId, submissionId,
                    current == null ? "unknown" : current.status());
            return;
        }
        Query guard = Query.query(Criteria.where("_id").is(submissionId).and("status").is(current.status())
                .and("history.eventId").ne(eventId));
        mongo.updateFirst(guard, new Update().set("status", to)
                .push("history", new StatusChange(current.status(), to, at, userId, unitCode, reason, eventId, notes)), Submission.class);
    }
}
