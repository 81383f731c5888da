package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.testsupport.StoreCommands;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;

/**
 * What a submission costs submission-service's store, counted by a command listener on the service's own client (only
 * the commands sent from the submitting thread, not the relay's): the plan's revision, the unit's latest version and
 * the insert of the version with its event: 3 (it was 5: the outline was read for each submission although a version
 * never changes, and the latest version was read twice). With an Idempotency-Key, one look-up by the key first.
 */
@ServiceIntegrationTest
class SubmitStoreOperationsIntegrationTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    Plans plans;

    @Autowired
    Outlines outlines;

    @Autowired
    StoreCommands listener;

    @Test
    void aSubmissionCostsTwoStoreOperationsAndThreeWithAnIdempotencyKey() {
        PlanFixtures.publishOutline357(outlines);
        String plan = PlanFixtures.plan119As(plans, "kh-" + UUID.randomUUID());
        // The first submission of the plan decodes it, reads the outline once and caches the plan's revision (issue 21).
        submissions.submit(clerk(Units.TINH_HA), SubmitReportRequestMother.tinhSonReport().plan(plan).unit(Units.TINH_HA).build(), null);

        List<SubmitResult> results = new ArrayList<>();
        List<String> submitted = listener.during(() -> results.add(submissions.submit(clerk(Units.TINH_SON),
                SubmitReportRequestMother.tinhSonReport().plan(plan).build(), null)));

        assertThat(submitted).as("the latest version, the insert: the plan's revision is cached")
                .containsExactly("find submissions", "insert submissions");
        assertThat(results.get(0).submission().version()).isEqualTo(1);
        assertThat(results.get(0).submission().outbox()).hasSize(1);

        List<String> again = listener.during(() -> results.add(submissions.submit(clerk(Units.TINH_SON),
                SubmitReportRequestMother.tinhSonReport().plan(plan).build(), "lan-2-" + UUID.randomUUID())));

        assertThat(again).as("the key, the latest version, the insert")
                .containsExactly("find submissions", "find submissions", "insert submissions");
        assertThat(results.get(1).submission().version()).as("the next version after the one read").isEqualTo(2);
        assertThat(results.get(1).replayed()).isFalse();
    }

    private static Caller clerk(String unit) {
        return new Caller("vanthu." + unit, unit, Set.of(Role.CLERK));
    }
}
