package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.StoreCommands;

/**
 * What review-service's hot paths cost the store, counted by a command listener on the service's own client (only the
 * commands sent from the calling thread: not the relay's, nor the consumers'). A case is opened with the plan's
 * revision, each ancestor's kind once (a commune's district and province: 2 reads, it was 3) and one upsert; an
 * acceptance answers the case as its guarded update wrote it (one findAndModify; it was an update, then a read). A poll
 * of several submissions (issue 21) costs one read of which of its cases are stored and one bulk write, whatever its size.
 */
class ReviewStoreOperationsIntegrationTest extends ReviewApiTest {

    @Autowired
    ReviewIntake intake;

    @Autowired
    ReviewCaseService cases;

    @Autowired
    StoreCommands listener;

    /** The binding's consumer itself, called on the test thread with a poll's records. */
    @Autowired
    @Qualifier("submissionEvents")
    Consumer<Message<List<byte[]>>> submissionEvents;

    @Test
    void openingACaseAndAcceptingItCostTheStoreOneAndTwoOperations() {
        String plan = newPlan(demoPlan());
        // The plan is decoded once, by the consumer; its revision and the kinds of Sơn Tịnh and Quảng Ngãi are cached then.
        submit(plan, Units.tinhHa(), 1, TINH_HA_FIGURES);
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.tinhSon()).version(1)
                .submissionId(UUID.randomUUID().toString()).figures(ReportSubmittedMother.tinhSonFigures())
                .sections(ReportSubmittedMother.tinhSonSections()).build();

        List<String> opened = listener.during(() -> intake.submitted(UUID.randomUUID().toString(), event));

        assertThat(opened).as("the upsert only: the plan's revision and the ancestors' kinds come from the read-model caches")
                .containsExactly("update review_cases");
        assertThat(find(plan, Units.TINH_SON).currentReviewer()).isEqualTo(Units.SON_TINH);

        Caller reviewer = new Caller("canbo.sontinh", Units.SON_TINH, Set.of(Role.REVIEWER));
        List<ReviewCase> accepted = new ArrayList<>();
        List<String> acceptance = listener.during(() -> accepted.add(cases.accept(reviewer, plan, Units.TINH_SON, 1)));

        // The reviewer is a level of the case (with its version key): no directory read for the access check.
        assertThat(acceptance).as("the case, the guarded update (the plan's revision is cached)")
                .containsExactly("find review_cases", "findAndModify review_cases");
        assertThat(accepted.get(0).state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.get(0).currentReviewer()).isEqualTo(Units.QUANG_NGAI);
        assertThat(accepted.get(0).audit()).hasSize(2);
        assertThat(accepted.get(0)).usingRecursiveComparison().ignoringFields("outbox").isEqualTo(find(plan, Units.TINH_SON));
    }

    @Test
    void aBatchOfSubmissionsCostsTheStoreOneReadAndOneBulkWriteWhateverItsSize() {
        String first = newPlan(demoPlan());
        String second = newPlan(demoPlan());
        List<UnitRef> units = List.of(Units.tinhSon(), Units.tinhHa(), Units.binhHai(), Units.sonTinh());
        // Both plans' first versions in one poll: the plans' revisions and every ancestor's kind are in the caches then.
        List<byte[]> firstVersions = new ArrayList<>();
        units.forEach(unit -> firstVersions.add(record(first, unit, 1)));
        units.forEach(unit -> firstVersions.add(record(second, unit, 1)));
        submissionEvents.accept(poll(firstVersions));

        // One record per poll, as before issue 21: one guarded upsert each.
        List<String> oneByOne = new ArrayList<>();
        for (UnitRef unit : units) {
            oneByOne.addAll(listener.during(() -> submissionEvents.accept(poll(List.of(record(first, unit, 2))))));
        }
        assertThat(oneByOne).as("one update per record").containsExactlyElementsOf(Collections.nCopies(units.size(), "update review_cases"));

        // Twelve records in one poll: versions 2 and 3 of the second plan's cases, version 3 of the first's.
        List<byte[]> batch = new ArrayList<>();
        units.forEach(unit -> batch.add(record(second, unit, 2)));
        units.forEach(unit -> batch.add(record(first, unit, 3)));
        units.forEach(unit -> batch.add(record(second, unit, 3)));
        List<String> batched = listener.during(() -> submissionEvents.accept(poll(batch)));

        assertThat(batched).as("which cases are stored, then one ordered bulk write of the 12 guarded updates")
                .containsExactly("find review_cases", "update review_cases");
        for (String plan : List.of(first, second)) {
            for (UnitRef unit : units) {
                ReviewCase c = find(plan, unit.code());
                assertThat(c.version()).as(c.id()).isEqualTo(3);
                assertThat(c.state()).as(c.id()).isEqualTo(ReviewState.SUBMITTED);
                assertThat(c.audit()).as(c.id()).extracting(CaseAuditEntry::version).containsExactly(1, 2, 3);
            }
        }

        // The same poll again (a redelivery): the same two commands, and nothing changes.
        List<ReviewCase> before = new ArrayList<>();
        units.forEach(unit -> before.add(find(second, unit.code())));
        assertThat(listener.during(() -> submissionEvents.accept(poll(batch)))).containsExactly("find review_cases", "update review_cases");
        List<ReviewCase> after = new ArrayList<>();
        units.forEach(unit -> after.add(find(second, unit.code())));
        assertThat(after).isEqualTo(before);
    }

    private static byte[] record(String plan, UnitRef unit, int version) {
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().plan(plan).unit(unit).version(version)
                .submissionId(UUID.randomUUID().toString()).figures(TINH_HA_FIGURES).build();
        return KafkaEvents.encode(EventEnvelope.of("/test", Instant.now(), event));
    }

    private static Message<List<byte[]>> poll(List<byte[]> records) {
        return MessageBuilder.withPayload(records).build();
    }
}
