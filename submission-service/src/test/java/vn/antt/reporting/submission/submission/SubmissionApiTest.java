package vn.antt.reporting.submission.submission;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ReadModelApiTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The service's API against the real broker and store, with the Quảng Ngãi sample of the directory
 * published once per test class and plan 119 (outline 357) available under a fresh id per test: the one fixture of
 * the submission-service integration tests (the data come from the mothers of event-contracts' tests).
 */
public abstract class SubmissionApiTest extends ReadModelApiTest {

    @BeforeAll
    static void publishDirectory() {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
    }

    /** Publishes outline 357 and waits until it and the directory sample have arrived in this service's copies. */
    protected void awaitOutlineAndDirectory() {
        PlanFixtures.publishOutline357(outlines);
        awaitDirectory();
    }

    /** Waits until every unit of the directory sample is in this service's copy of the directory. */
    protected void awaitDirectory() {
        await().atMost(Duration.ofSeconds(30)).until(() -> UnitChangedMother.quangNgaiSample().stream()
                .allMatch(unit -> directory.find(unit.code()).isPresent()));
    }

    /** Plan 119 under {@code prefix} + a random suffix, once its outline and the directory sample have arrived. */
    protected String newPlan119(String prefix) {
        awaitOutlineAndDirectory();
        return PlanFixtures.plan119As(plans, prefix + UUID.randomUUID().toString().substring(0, 8));
    }

    /** {@code plan} under a fresh id, once the outline and the directory sample have arrived. */
    protected String newPlan(PlanMother plan) {
        awaitOutlineAndDirectory();
        String id = "kh-" + UUID.randomUUID();
        PlanFixtures.publish(plans, plan.id(id).build());
        return id;
    }

    /**
     * Plan 119 under its own id ({@link ReportSubmittedMother#PLAN_119}), for the requests of the mother that name no
     * other plan, once its outline and the directory sample have arrived.
     */
    protected void publishPlan119UnderItsOwnId() {
        awaitOutlineAndDirectory();
        PlanFixtures.plan119As(plans, ReportSubmittedMother.PLAN_119);
    }

    /** The clerk of Xã Tịnh Sơn (21217), the demo unit of plan 119. */
    protected ApiClient tinhSonClerk() {
        return as("vanthu.tinhson", Units.TINH_SON, "CLERK");
    }

    /** A client with a token of {@code user} acting for {@code unit} in {@code role}. */
    protected ApiClient as(String user, String unit, String role) {
        return ApiClient.on(port).as(TestTokens.issue(user, unit, role));
    }
}
