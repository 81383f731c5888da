package vn.antt.reporting.web.planadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.web.api.PlanDetail;

/** The plan form ↔ planning-service's PlanRequest, and the amendment, deadline and extension forms ↔ their requests. */
class PlanRequestsTest {

    private static Map<String, String[]> typed() {
        Map<String, String[]> p = new LinkedHashMap<>();
        p.put("number", new String[] {" 12/KH-UBND "});
        p.put("issuingBody", new String[] {"Ủy ban nhân dân tỉnh Quảng Ngãi"});
        p.put("title", new String[] {"Sơ kết 6 tháng phong trào toàn dân bảo vệ ANTQ"});
        p.put("legalBasis", new String[] {"Quyết định số 357/QĐ-UBND\n\n  Kế hoạch số 119/KH-UBND  "});
        p.put("periodFrom", new String[] {"01/01/2025"});
        p.put("periodTo", new String[] {"30/6/2025"});
        p.put("deadline", new String[] {"10/07/2025 17:00"});
        p.put("recipientUnitCode", new String[] {"51"});
        p.put("outlineId", new String[] {"de-cuong-357"});
        p.put("outlineVersion", new String[] {"1"});
        p.put("comparisonPlanId", new String[] {"kh-119-2025-qng"});
        p.put("kinds", new String[] {"COMMUNE", "AGENCY"});
        p.put("units", new String[] {"21217, 21220;21217\n51901"});
        p.put("chain.AGENCY", new String[] {"PROVINCE"});
        p.put("chain.COMMUNE", new String[] {"PROVINCE", "DISTRICT"});
        p.put("chain.SCHOOL", new String[] {});
        p.put("reviewDays", new String[] {"3"});
        p.put("returnToSubmitter", new String[] {"on"});
        return p;
    }

    @Test
    void aTypedFormBecomesThePlanRequest() {
        PlanRequests.Conversion conversion = PlanRequests.plan(PlanForm.from(typed()), "51", null);
        assertThat(conversion.readable()).isTrue();
        Map<String, Object> body = conversion.body();
        assertThat(body).doesNotContainKey("planId");
        assertThat(body.get("number")).isEqualTo("12/KH-UBND");
        assertThat(body.get("legalBasis")).isEqualTo(List.of("Quyết định số 357/QĐ-UBND", "Kế hoạch số 119/KH-UBND"));
        assertThat(body.get("periodFrom")).isEqualTo("2025-01-01");
        assertThat(body.get("periodTo")).isEqualTo("2025-06-30");
        assertThat(body.get("deadline")).isEqualTo("2025-07-10T17:00+07:00");
        assertThat(body.get("outlineVersion")).isEqualTo(1);
        assertThat(body.get("comparisonPlanId")).isEqualTo("kh-119-2025-qng");
        assertThat(body.get("participants")).isEqualTo(Map.of("units", List.of("21217", "21220", "51901"),
                "rules", List.of(Map.of("within", "51", "kinds", List.of("COMMUNE", "AGENCY")))));
        // Kinds in the form's order, each kind's levels lowest first; a kind with no level ticked has no chain.
        assertThat(body.get("reviewChains")).isEqualTo(List.of(
                Map.of("unitKind", "COMMUNE", "levels", List.of("DISTRICT", "PROVINCE")),
                Map.of("unitKind", "AGENCY", "levels", List.of("PROVINCE"))));
        assertThat(body.get("reviewTime")).isEqualTo("PT72H");
        assertThat(body.get("returnToSubmitter")).isEqualTo(true);
        assertThat(body.get("lockAtDeadline")).isEqualTo(false);
        assertThat(body.get("signer")).isNull();
        assertThat(body.get("issuedOn")).isNull();
    }

    @Test
    void textThatIsNoDateIsNamedBesideItsInputAndNothingIsSent() {
        Map<String, String[]> p = typed();
        p.put("deadline", new String[] {"10/07/2025 25:00"});
        p.put("periodTo", new String[] {"31/06/2025"});
        p.put("outlineVersion", new String[] {"một"});
        PlanRequests.Conversion conversion = PlanRequests.plan(PlanForm.from(p), "51", null);
        assertThat(conversion.readable()).isFalse();
        assertThat(conversion.messages().byInput()).containsOnlyKeys("deadline", "periodTo", "outlineVersion");
        assertThat(conversion.messages().byInput().get("deadline")).containsExactly(PlanRequests.DEADLINE_HELP);
        assertThat(conversion.messages().byInput().get("periodTo")).containsExactly(PlanRequests.DATE_HELP);
    }

    @Test
    void aStoredDraftComesBackAsTheFormThatWritesItAgain() {
        PlanDetail stored = new PlanDetail("kh-12-2025-51", 0, "DRAFT", Set.of("EDIT", "ISSUE"), "12/KH-UBND", "51",
                "Ủy ban nhân dân tỉnh Quảng Ngãi", "Nguyễn Văn A", "KT. CHỦ TỊCH", LocalDate.of(2025, 7, 1), "Sơ kết",
                List.of("Quyết định số 357/QĐ-UBND"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Instant.parse("2025-07-10T10:00:00Z"), "51", "Công an tỉnh", null,
                List.of(new Milestone("Hội nghị sơ kết", LocalDate.of(2025, 8, 15))), true, "de-cuong-357", 2, null,
                new PlanDetail.Participants(List.of("51901"), List.of(new PlanDetail.Rule("51", List.of("COMMUNE")))), 0, null,
                List.of(new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE"))), Duration.ofDays(5), false, null, null, null);
        PlanForm form = PlanRequests.form(stored);
        assertThat(form.deadline()).isEqualTo("10/07/2025 17:00");
        assertThat(form.periodTo()).isEqualTo("30/06/2025");
        assertThat(form.issuedOn()).isEqualTo("01/07/2025");
        assertThat(form.reviewDays()).isEqualTo("5");
        Map<String, Object> body = PlanRequests.plan(form, "51", stored).body();
        assertThat(body.get("deadline")).isEqualTo("2025-07-10T17:00+07:00");
        assertThat(body.get("issuedOn")).isEqualTo("2025-07-01");
        assertThat(body.get("outlineVersion")).isEqualTo(2);
        assertThat(body.get("signerTitle")).isEqualTo("KT. CHỦ TỊCH");
        assertThat(body.get("lockAtDeadline")).isEqualTo(true);
        assertThat(body.get("returnToSubmitter")).isEqualTo(false);
        assertThat(body.get("participants")).isEqualTo(Map.of("units", List.of("51901"),
                "rules", List.of(Map.of("within", "51", "kinds", List.of("COMMUNE")))));
        assertThat(body.get("reviewChains")).isEqualTo(List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("DISTRICT", "PROVINCE"))));
        // What the form does not show is sent back as it was stored.
        assertThat(body.get("milestones")).isEqualTo(stored.milestones());
    }

    @Test
    void amendmentsDeadlinesAndExtensions() {
        PlanRequests.Conversion amendment = PlanRequests.amendment("15/06/2025 00:00", "21220", "", " Bổ sung xã mới thành lập ");
        assertThat(amendment.body()).isEqualTo(Map.of("addUnits", List.of("21220"), "removeUnits", List.of(),
                "deadline", "2025-06-15T00:00+07:00", "reason", "Bổ sung xã mới thành lập"));
        assertThat(PlanRequests.amendment("", "", "", "x").body().get("deadline")).isNull();
        assertThat(PlanRequests.internalDeadline("05/06/2025 00:00", "").body())
                .containsEntry("deadline", "2025-06-05T00:00+07:00").containsEntry("reason", null);
        assertThat(PlanRequests.internalDeadline("", "").messages().byInput()).containsOnlyKeys("deadline");
        PlanRequests.Conversion extension = PlanRequests.extension("21217", "08/06/2025 00:00", "Mưa lũ");
        assertThat(extension.body()).isEqualTo(Map.of("unitCode", "21217", "deadline", "2025-06-08T00:00+07:00", "reason", "Mưa lũ"));
    }
}
