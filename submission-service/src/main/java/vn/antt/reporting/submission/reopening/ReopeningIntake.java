package vn.antt.reporting.submission.reopening;

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
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.submission.submission.StatusChange;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionStatus;

/**
 * Learns from review-service that the final level reopened a final version (binding {@code reopenings-in-0}, its own
 * consumer group on review-events): the version becomes REOPENED, so the unit may submit the next one. One guarded
 * update per event (the event id not yet in the history), so a redelivered or replayed event changes nothing.
 */
@Configuration
class ReopeningIntake {

    private static final Logger log = LoggerFactory.getLogger(ReopeningIntake.class);

    @Bean
    Consumer<Message<byte[]>> reopenings(CloudEventCodec codec, MongoTemplate mongo) {
        return message -> {
            EventEnvelope<?> envelope = codec.decode(message.getPayload());
            if (envelope.data() instanceof ReportReopened reopened) {
                reopen(mongo, envelope.id(), reopened);
            }
        };
    }

    private static void reopen(MongoTemplate mongo, String eventId, ReportReopened event) {
        Submission current = mongo.findById(event.submissionId(), Submission.class);
        if (current == null || !SubmissionStatus.REOPENABLE.contains(current.status())) {
            log.info("Reopening {} of submission {} ignored: it is {}", eventId, event.submissionId(),
                    current == null ? "unknown" : current.status());
            return;
        }
        Query guard = Query.query(Criteria.where("_id").is(event.submissionId()).and("status").is(current.status())
                .and("history.eventId").ne(eventId));
        mongo.updateFirst(guard, new Update().set("status", SubmissionStatus.REOPENED)
                .push("history", new StatusChange(current.status(), SubmissionStatus.REOPENED, event.reopenedAt(), event.reopenedBy(),
                        event.levelUnitCode(), event.reason(), eventId)), Submission.class);
    }
}
