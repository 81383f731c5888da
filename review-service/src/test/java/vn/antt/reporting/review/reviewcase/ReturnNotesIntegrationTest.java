package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A return's notes are kept on the case: each names a section or an indicator of the plan's outline (an unknown
 * one is refused, naming the note's field, and nothing changes), and the case's view and its audit trail show the
 * reason with the notes, also after the next version arrived.
 */
class ReturnNotesIntegrationTest extends ReviewApiTest {

    private static final String REASON = "Số liệu kinh phí chưa khớp, đề nghị rà soát lại";

    private ApiClient district() {
        return reviewer("canbo.sontinh", Units.SON_TINH);
    }

    @Test
    void aNoteOnASectionOrIndicatorTheOutlineDoesNotHaveIsRefusedNamingTheNote() {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        ReviewCase before = find(plan, Units.TINH_SON);

        ApiClient.Response refused = district().post(path(plan, Units.TINH_SON) + "/return", Map.of("reason", REASON,
                "notes", List.of(Map.of("sectionNumber", "II.2.1", "indicator", "budget.total", "note", "Tổng không bằng các khoản"),
                        Map.of("sectionNumber", "VII", "note", "Mục này không có"),
                        Map.of("indicator", "budget.unknown", "note", "Chỉ tiêu này không có"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asString()).isEqualTo("unknown-note-target");
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactly("notes[1].sectionNumber", "notes[2].indicator");
        ReviewCase after = find(plan, Units.TINH_SON);
        assertThat(after.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.audit()).hasSameSizeAs(before.audit());
        assertThat(after.lastReturn()).isNull();
    }

    @Test
    void theCaseAndItsAuditTrailShowTheReasonAndEveryNoteAlsoToTheUnitAfterItsNextVersion() {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());

        ApiClient.Response returned = district().post(path(plan, Units.TINH_SON) + "/return", Map.of("version", 1, "reason", REASON,
                "notes", List.of(Map.of("sectionNumber", "II.2.1", "indicator", "budget.total", "note", "Tổng không bằng các khoản"),
                        Map.of("sectionNumber", "III", "note", "Bổ sung phần đánh giá chung"))));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);

        // The clerk who must act reads the case of its own unit.
        ApiClient clerk = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"));
        JsonNode lastReturn = clerk.get(path(plan, Units.TINH_SON)).json().path("lastReturn");
        assertThat(lastReturn.path("version").asInt()).isEqualTo(1);
        assertThat(lastReturn.path("levelUnitCode").asString()).isEqualTo(Units.SON_TINH);
        assertThat(lastReturn.path("reason").asString()).isEqualTo(REASON);
        assertThat(lastReturn.path("notes").valueStream()
                .map(n -> n.path("sectionNumber").asString("") + "|" + n.path("indicator").asString("") + "|" + n.path("note").asString())
                .toList()).containsExactly("II.2.1|budget.total|Tổng không bằng các khoản", "III||Bổ sung phần đánh giá chung");

        // Version 2 arrives: the reviewer still reads what was asked of version 1.
        submit(plan, Units.tinhSon(), 2, ReportSubmittedMother.tinhSonFigures());
        JsonNode v2 = district().get(path(plan, Units.TINH_SON)).json();
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("lastReturn").path("notes").size()).isEqualTo(2);

        List<JsonNode> audit = reviewer("canbo.congantinh", Units.QUANG_NGAI).get(path(plan, Units.TINH_SON) + "/audit").json()
                .valueStream().toList();
        JsonNode returnEntry = audit.stream().filter(e -> e.path("action").asString().equals("RETURNED")).findFirst().orElseThrow();
        assertThat(returnEntry.path("reason").asString()).isEqualTo(REASON);
        assertThat(returnEntry.path("notes").valueStream().map(n -> n.path("sectionNumber").asString()).toList())
                .containsExactly("II.2.1", "III");
    }
}
