package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.testsupport.StoreCommands;

/**
 * What review-service's hot paths cost the store, counted by a command listener on the service's own client (only the
 * commands sent from the calling thread: not the relay's, nor the consumers'). A case is opened with the plan's
 * revision, each ancestor's kind once (a commune's district and province: 2 reads, it was 3) and one upsert; an
 * acceptance answers the case as its guarded update wrote it (one findAndModify; it was an update, then a read).
 */
class ReviewStoreOperationsIntegrationTest extends ReviewApiTest {

    @Autowired
    ReviewIntake intake;

    @Autowired
    ReviewCaseService cases;

    @Autowired
    StoreCommands listener;

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
}
