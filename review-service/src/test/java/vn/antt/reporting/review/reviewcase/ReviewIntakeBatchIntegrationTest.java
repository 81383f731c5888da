package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.UnreadableEventException;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * review-service takes {@code submission-events} in batches (issue 21), on the real broker: every record of a test is
 * sent in one go with one key, so they share a partition and a record batch and come in one poll. A poison record in
 * the middle goes alone to the dead-letter topic while the cases around it open; so does one whose rule fails (its
 * plan is not known here), after the binding's retries; a unit's versions in one batch are applied in record order;
 * the same batch delivered again changes nothing.
 */
class ReviewIntakeBatchIntegrationTest extends ReviewApiTest {

    private static final String DEAD_LETTERS = "submission-events-dlq-review";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicWhileTheOthersCasesOpen() {
        String plan = newPlan(demoPlan());
        String key = plan + ":" + Units.TINH_SON;
        byte[] poison = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"không phải sự kiện\"")
                .getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = deadLetterCount();

        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, List.of(
                record(key, submitted(plan, Units.tinhSon(), 1)),
                record(key, submitted(plan, Units.tinhHa(), 1)),
                Map.entry(key, poison),
                record(key, submitted(plan, Units.binhHai(), 1)),
                record(key, submitted(plan, Units.sonTinh(), 1))));

        await().atMost(WAIT).until(() -> find(plan, Units.TINH_SON) != null && find(plan, Units.TINH_HA) != null
                && find(plan, Units.BINH_HAI) != null && find(plan, Units.SON_TINH) != null);
        assertThat(expectState(plan, Units.TINH_SON, ReviewState.SUBMITTED).currentReviewer()).isEqualTo(Units.SON_TINH);
        assertThat(expectState(plan, Units.BINH_HAI, ReviewState.SUBMITTED).currentReviewer()).isEqualTo(Units.BINH_SON);
        assertThat(expectState(plan, Units.SON_TINH, ReviewState.SUBMITTED).currentReviewer()).isEqualTo(Units.QUANG_NGAI);

        List<ConsumerRecord<String, byte[]>> dead = KafkaEvents.recordsOf(DEAD_LETTERS, key, 1, WAIT);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(header(letter, "x-original-topic")).isEqualTo(Topics.SUBMISSION_EVENTS);
        assertThat(header(letter, "x-exception-fqcn")).isEqualTo(UnreadableEventException.class.getName());
        assertThat(header(letter, "x-exception-message")).isNotBlank();
        assertThat(letter.headers().lastHeader("x-original-offset")).isNotNull();
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore + 1);
        // The cases as one poll of their own would have opened them: one SUBMITTED each, nothing else.
        for (String unit : List.of(Units.TINH_SON, Units.TINH_HA, Units.BINH_HAI, Units.SON_TINH)) {
            assertThat(find(plan, unit).revision()).as(unit).isEqualTo(1);
            assertThat(find(plan, unit).audit()).as(unit).extracting(CaseAuditEntry::action).containsExactly("SUBMITTED");
        }
    }

    @Test
    void aRecordWhoseRuleFailsGoesAloneToTheDeadLetterTopicAfterItsRetriesWhileTheOthersCasesOpen() {
        String plan = newPlan(demoPlan());
        String unknownPlan = "kh-chua-biet-" + UUID.randomUUID().toString().substring(0, 8);
        String key = plan + ":" + Units.TINH_SON;
        EventEnvelope<DomainEvent> lagging = envelope(submitted(unknownPlan, Units.tinhSon(), 1));

        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, List.of(
                record(key, submitted(plan, Units.tinhSon(), 1)),
                Map.entry(key, KafkaEvents.encode(lagging)),
                record(key, submitted(plan, Units.tinhHa(), 1))));

        // The record before it is written at once; the one after it waits for the retries (8 attempts: ≈ 22 s in production,
        // ≈ 3 s with the tests' back-off, application-test.yml).
        await().atMost(WAIT).until(() -> find(plan, Units.TINH_SON) != null);
        List<ConsumerRecord<String, byte[]>> dead = KafkaEvents.recordsOf(DEAD_LETTERS, key, 1, Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(KafkaEvents.encode(lagging));
        assertThat(header(dead.get(0), "x-exception-fqcn")).isEqualTo(DirectoryLagException.class.getName());
        assertThat(header(dead.get(0), "x-exception-message")).contains(unknownPlan);
        await().atMost(WAIT).until(() -> find(plan, Units.TINH_HA) != null);
        assertThat(find(unknownPlan, Units.TINH_SON)).isNull();
        assertThat(find(plan, Units.TINH_SON).audit()).hasSize(1);
    }

    @Test
    void aUnitsVersionsInOneBatchAreAppliedInRecordOrderEndingInTheLaterVersion() {
        String plan = newPlan(demoPlan());
        String key = plan + ":" + Units.TINH_SON;
        ReportSubmittedMother tinhSonV2 = version(plan, Units.tinhSon(), 2);

        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, List.of(
                record(key, submitted(plan, Units.tinhSon(), 1)),
                record(key, tinhSonV2.build()),
                record(key, tinhSonV2.buildWithdrawal("Nộp nhầm số liệu")),
                record(key, submitted(plan, Units.tinhHa(), 1)),
                record(key, submitted(plan, Units.tinhHa(), 2)),
                record(key, submitted(plan, Units.binhHai(), 3)),
                record(key, submitted(plan, Units.binhHai(), 2)), // older than the one before it: changes nothing
                record(key, submitted(plan, Units.sonTinh(), 1)))); // the last: once it is there, every record was taken

        await().atMost(WAIT).until(() -> find(plan, Units.SON_TINH) != null);
        ReviewCase tinhSon = expectState(plan, Units.TINH_SON, ReviewState.AWAITING_SUBMISSION);
        assertThat(tinhSon.version()).isEqualTo(2);
        assertThat(tinhSon.submissionId()).isEqualTo(tinhSonV2.build().submissionId());
        assertThat(tinhSon.revision()).isEqualTo(3);
        assertThat(tinhSon.audit()).extracting(CaseAuditEntry::action, CaseAuditEntry::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMITTED", 1), org.assertj.core.groups.Tuple.tuple("SUBMITTED", 2),
                        org.assertj.core.groups.Tuple.tuple("WITHDRAWN", 2));
        ReviewCase tinhHa = expectState(plan, Units.TINH_HA, ReviewState.SUBMITTED);
        assertThat(tinhHa.version()).isEqualTo(2);
        assertThat(tinhHa.audit()).extracting(CaseAuditEntry::version).containsExactly(1, 2);
        ReviewCase binhHai = expectState(plan, Units.BINH_HAI, ReviewState.SUBMITTED);
        assertThat(binhHai.version()).isEqualTo(3);
        assertThat(binhHai.revision()).isEqualTo(1);
        assertThat(binhHai.audit()).extracting(CaseAuditEntry::version).containsExactly(3);
    }

    @Test
    void theSameBatchDeliveredAgainChangesNothing() {
        String plan = newPlan(demoPlan());
        String key = plan + ":" + Units.TINH_SON;
        ReportSubmittedMother tinhHaV1 = version(plan, Units.tinhHa(), 1);
        List<Map.Entry<String, byte[]>> batch = List.of(
                record(key, submitted(plan, Units.tinhSon(), 1)),
                record(key, submitted(plan, Units.tinhSon(), 2)),
                record(key, tinhHaV1.build()),
                record(key, tinhHaV1.buildWithdrawal("Nộp nhầm kỳ")),
                record(key, submitted(plan, Units.binhHai(), 1)));
        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, batch);
        await().atMost(WAIT).until(() -> find(plan, Units.BINH_HAI) != null);
        List<ReviewCase> before = cases(plan);
        assertThat(before).extracting(ReviewCase::version).containsExactly(2, 1, 1);
        assertThat(before).extracting(ReviewCase::state)
                .containsExactly(ReviewState.SUBMITTED, ReviewState.AWAITING_SUBMISSION, ReviewState.SUBMITTED);

        // The same records (the same event ids), as after a consumer that died before committing, then one more record.
        List<Map.Entry<String, byte[]>> again = new ArrayList<>(batch);
        again.add(record(key, submitted(plan, Units.sonTinh(), 1)));
        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, again);

        await().atMost(WAIT).until(() -> find(plan, Units.SON_TINH) != null);
        assertThat(cases(plan).subList(0, 3)).isEqualTo(before);
    }

    private List<ReviewCase> cases(String plan) {
        List<ReviewCase> cases = new ArrayList<>();
        for (String unit : List.of(Units.TINH_SON, Units.TINH_HA, Units.BINH_HAI)) {
            cases.add(find(plan, unit));
        }
        return cases;
    }

    private static ReportSubmittedMother version(String plan, UnitRef unit, int version) {
        return ReportSubmittedMother.aReportSubmitted().plan(plan).unit(unit).version(version)
                .submissionId(UUID.randomUUID().toString()).figures(TINH_HA_FIGURES);
    }

    private static DomainEvent submitted(String plan, UnitRef unit, int version) {
        return version(plan, unit, version).build();
    }

    private static EventEnvelope<DomainEvent> envelope(DomainEvent event) {
        return EventEnvelope.of("/test", Instant.now(), event);
    }

    /** The record under one key for the whole test: one partition, one record batch on the broker. */
    private static Map.Entry<String, byte[]> record(String key, DomainEvent event) {
        return Map.entry(key, KafkaEvents.encode(envelope(event)));
    }

    private double deadLetterCount() {
        return Search.in(meters).name("reporting.dead.letters").tag("topic", DEAD_LETTERS).tag("source", Topics.SUBMISSION_EVENTS)
                .tag("group", "review-service").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
