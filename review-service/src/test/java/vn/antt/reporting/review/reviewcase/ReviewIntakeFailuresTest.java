package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.plans.ReviewChains;
import vn.antt.reporting.platform.plans.ReviewLevel;

/**
 * What the batch intake makes of failures, without a broker: a store that does not answer names no record (the container
 * tries the whole batch again, nothing goes to the dead-letter topic); a record the store refuses is named by its index
 * in the poll, after the updates before it.
 */
class ReviewIntakeFailuresTest {

    private static final String PLAN = "kh-119-thu";
    private final CloudEventCodec codec = new CloudEventCodec();
    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final Plans plans = mock(Plans.class);
    private final ReviewChains chains = mock(ReviewChains.class);
    private final BulkOperations bulk = mock(BulkOperations.class);
    private Consumer<Message<List<byte[]>>> intake;

    @BeforeEach
    void intake() {
        when(plans.find(PLAN)).thenReturn(Optional.of(PlanMother.plan119().id(PLAN).build()));
        when(chains.levelsOf(any(), any())).thenReturn(List.of(new ReviewLevel(1, Units.SON_TINH, "DISTRICT", null)));
        when(mongo.find(any(Query.class), eq(Document.class), anyString())).thenReturn(List.of());
        when(mongo.bulkOps(BulkOperations.BulkMode.ORDERED, ReviewCase.class)).thenReturn(bulk);
        intake = new ReviewIntake(mongo, plans, chains, mock(OutboxEvents.class), new ReviewProperties(Duration.ofDays(3), Duration.ofMinutes(1)),
                Clock.fixed(Instant.parse("2025-06-06T02:00:00Z"), ZoneOffset.UTC)).submissionEvents(codec);
    }

    @Test
    void aBulkWriteTheStoreDoesNotAnswerFailsTheWholeBatchNamingNoRecord() {
        when(bulk.execute()).thenThrow(new DataAccessResourceFailureException("Timed out while waiting for a server"));

        Throwable failure = catchThrowable(() -> intake.accept(poll(Units.tinhSon(), Units.tinhHa())));

        assertThat(failure).isInstanceOf(DataAccessResourceFailureException.class).isNotInstanceOf(BatchListenerFailedException.class);
    }

    @Test
    void aPlanTheStoreCannotReadFailsTheWholeBatchNamingNoRecordAndWritesNothing() {
        when(plans.find(PLAN)).thenReturn(Optional.of(PlanMother.plan119().id(PLAN).build()))
                .thenThrow(new DataAccessResourceFailureException("Timed out while waiting for a server"));

        Throwable failure = catchThrowable(() -> intake.accept(poll(Units.tinhSon(), Units.tinhHa())));

        assertThat(failure).isInstanceOf(DataAccessResourceFailureException.class);
        verify(bulk, never()).execute();
    }

    @Test
    void anUpdateTheStoreRefusesNamesItsRecordAfterTheUpdatesBeforeIt() {
        BulkWriteError tooLarge = new BulkWriteError(10334, "BSONObj size is invalid", new BsonDocument(), 1);
        when(bulk.execute()).thenThrow(new BulkOperationException("refused", new MongoBulkWriteException(
                BulkWriteResult.acknowledged(0, 1, 0, 1, List.of(), List.of()), List.of(tooLarge), null, new ServerAddress(), Set.of())));

        Throwable failure = catchThrowable(() -> intake.accept(poll(Units.tinhSon(), Units.tinhHa(), Units.binhHai())));

        assertThat(failure).isInstanceOf(BatchListenerFailedException.class);
        assertThat(((BatchListenerFailedException) failure).getIndex()).isEqualTo(1);
    }

    private Message<List<byte[]>> poll(UnitRef... units) {
        return MessageBuilder.withPayload(java.util.Arrays.stream(units).map(unit -> codec.encode(EventEnvelope.of("/test", Instant.now(),
                ReportSubmittedMother.aReportSubmitted().plan(PLAN).unit(unit).submissionId(UUID.randomUUID().toString()).build())))
                .toList()).build();
    }
}
