package vn.antt.reporting.submission.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionApiTest;
import vn.antt.reporting.submission.submission.SubmitReportRequestMother;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Codes are reused across the reform of 1/7/2025: 21061 was Xã Bình Trị (Huyện Bình Sơn) in plan 119 of May 2025 and is
 * Xã Vạn Tường, directly under the province, in the 2026 plan. The clerk of Xã Vạn Tường (token {@code unit_version}
 * {@code 21061@2025-07-01}) writes and reads Xã Vạn Tường's report only, never Xã Bình Trị's, and the reverse: a refusal
 * names the rule and stores nothing.
 */
class ReusedCodeAccessIntegrationTest extends SubmissionApiTest {

    private static final String CODE = "21061";
    private static final String VAN_TUONG_VERSION = "21061@2025-07-01";
    private static final ExpectedUnit BINH_TRI = new ExpectedUnit(CODE, "Xã Bình Trị", "COMMUNE", List.of("51", "524"), CODE);
    private static final ExpectedUnit VAN_TUONG = new ExpectedUnit(CODE, "Xã Vạn Tường", "COMMUNE", List.of("51"), VAN_TUONG_VERSION);

    private ApiClient vanTuongClerk() {
        return ApiClient.on(port).as(TestTokens.issue("vanthu.vantuong", CODE, Map.of("unit_version", VAN_TUONG_VERSION), "CLERK"));
    }

    /** A clerk of Xã Bình Trị, as tokens of a code's first version say it (no {@code unit_version}, or the code). */
    private ApiClient binhTriClerk() {
        return as("vanthu.binhtri", CODE, "CLERK");
    }

    private ApiClient.Response submit(ApiClient clerk, String plan) {
        return clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).unit(CODE).build());
    }

    private long stored(String plan) {
        return mongo.count(Query.query(Criteria.where("planId").is(plan)), Submission.class);
    }

    @Test
    void theNewUnitsClerkIsRefusedTheOldUnitsReportAndTheOldUnitsClerkTheNewOnes() {
        String before = newPlan(PlanMother.plan119().expected(List.of(BINH_TRI)));
        String after = newPlan(PlanMother.demoPlan2026(List.of(VAN_TUONG)));

        ApiClient.Response refused = submit(vanTuongClerk(), before);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("rule").asString()).isEqualTo("access-refused");
        assertThat(refused.json().path("detail").asString()).isEqualTo("Only a clerk of unit 21061 as the plan means it (directory"
                + " version 21061, not 21061@2025-07-01) may submit its report");
        assertThat(stored(before)).isZero();

        ApiClient.Response own = submit(vanTuongClerk(), after);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().path("unit").path("name").asString()).isEqualTo("Xã Vạn Tường");
        assertThat(own.json().path("unit").path("versionKey").asString()).isEqualTo(VAN_TUONG_VERSION);

        ApiClient.Response old = submit(binhTriClerk(), before);
        assertThat(old.status()).as(old.body()).isEqualTo(201);
        assertThat(old.json().path("unit").path("name").asString()).isEqualTo("Xã Bình Trị");
        ApiClient.Response oldInNew = submit(binhTriClerk(), after);
        assertThat(oldInNew.status()).as(oldInNew.body()).isEqualTo(403);
        assertThat(oldInNew.json().path("detail").asString()).contains("directory version 21061@2025-07-01, not 21061");
        assertThat(stored(before)).isOne();
        assertThat(stored(after)).isOne();
    }

    @Test
    void theNewUnitsClerkNeitherReadsNorDraftsNorWithdrawsTheOldUnitsReport() {
        String before = newPlan(PlanMother.plan119().expected(List.of(BINH_TRI)));
        ApiClient.Response old = submit(binhTriClerk(), before);
        assertThat(old.status()).as(old.body()).isEqualTo(201);
        String id = old.json().path("id").asString();

        assertThat(vanTuongClerk().get("/api/submissions/" + id).status()).isEqualTo(404);
        assertThat(vanTuongClerk().get("/api/submissions?planId=" + before + "&unitCode=" + CODE).status()).isEqualTo(403);
        ApiClient.Response draft = vanTuongClerk().put("/api/drafts/" + before + "/" + CODE, Map.of("baseRevision", 0));
        assertThat(draft.status()).as(draft.body()).isEqualTo(403);
        assertThat(draft.json().path("detail").asString()).contains("may work on its drafts");
        ApiClient.Response withdrawal = vanTuongClerk().post("/api/submissions/" + id + "/withdrawal", Map.of("reason", "Gửi nhầm"));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(404);

        assertThat(binhTriClerk().get("/api/submissions/" + id).status()).isEqualTo(200);
        assertThat(mongo.findById(id, Submission.class).status().name()).isEqualTo("SUBMITTED");
    }
}
