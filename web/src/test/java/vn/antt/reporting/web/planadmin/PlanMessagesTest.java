package vn.antt.reporting.web.planadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.FieldMessage;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.report.FieldMessages;

/**
 * planning-service's field errors (its own field paths and English messages, as PlanValidator, PlanService and the
 * bean validation write them) land next to the form's inputs as Vietnamese sentences with local dates.
 */
class PlanMessagesTest {

    @Test
    void eachFieldPathNamesAnInputOfTheForm() {
        assertThat(PlanMessages.input("deadline")).isEqualTo("deadline");
        assertThat(PlanMessages.input("outlineVersion")).isEqualTo("outlineVersion");
        assertThat(PlanMessages.input("participants")).isEqualTo("kinds");
        assertThat(PlanMessages.input("participants.rules[0].within")).isEqualTo("kinds");
        assertThat(PlanMessages.input("participants.units[2]")).isEqualTo("units");
        assertThat(PlanMessages.input("reviewChains")).isEqualTo("chains");
        assertThat(PlanMessages.input("reviewChains[1].levels[0]")).isEqualTo("chains");
        assertThat(PlanMessages.input("reviewTime")).isEqualTo("reviewDays");
        assertThat(PlanMessages.input("addUnits[0]")).isEqualTo("addUnits");
        assertThat(PlanMessages.input("milestones[0].title")).isNull();
        assertThat(PlanMessages.input(null)).isNull();
    }

    @Test
    void theServicesSentencesReadInVietnameseWithLocalDates() {
        assertThat(PlanMessages.vietnamese("the deadline 2025-05-01T00:00+07:00 precedes the end of the reporting period 2025-05-10"))
                .isEqualTo("Thời hạn 01/05/2025 00:00 +07:00 sớm hơn ngày kết thúc kỳ báo cáo 10/05/2025: thời hạn phải từ 00:00 "
                        + "ngày hôm sau trở đi.");
        assertThat(PlanMessages.vietnamese("the deadline 2025-05-10T01:00Z precedes the end of the reporting period 2025-05-10"))
                .startsWith("Thời hạn 10/05/2025 08:00 +07:00 sớm hơn ngày kết thúc kỳ báo cáo 10/05/2025");
        assertThat(PlanMessages.vietnamese("the reporting period ends (2015-11-08) before it starts (2015-11-09)"))
                .isEqualTo("Ngày kết thúc kỳ báo cáo (08/11/2015) trước ngày bắt đầu (09/11/2015).");
        assertThat(PlanMessages.vietnamese("no outline de-cuong-357 version 9")).isEqualTo("Không có đề cương de-cuong-357 phiên bản 9.");
        assertThat(PlanMessages.vietnamese("no review chain for units of kind AGENCY (e.g. 51901)"))
                .isEqualTo("Chưa chọn cấp thẩm định cho loại đơn vị \"Cơ quan, ban, ngành\" (ví dụ đơn vị mã 51901).");
        assertThat(PlanMessages.vietnamese("unit 21217 (COMMUNE) has no PROVINCE above it to review it"))
                .isEqualTo("Đơn vị mã 21217 (Xã, phường, thị trấn) không có cấp tỉnh ở trên để thẩm định.");
        assertThat(PlanMessages.vietnamese("must not be blank")).isEqualTo("Không được để trống.");
        assertThat(PlanMessages.vietnamese("The internal deadline of unit 527 (2025-06-12T00:00:00Z) is later than the deadline "
                + "that applies to it (2025-06-09T17:00:00Z)"))
                .isEqualTo("Thời hạn nội bộ 12/06/2025 07:00 +07:00 muộn hơn thời hạn áp dụng cho chính đơn vị (10/06/2025 00:00 +07:00).");
        assertThat(PlanMessages.vietnamese("not later than the unit's current deadline 2025-06-04T17:00:00Z"))
                .isEqualTo("Thời hạn gia hạn phải muộn hơn thời hạn hiện tại của đơn vị (05/06/2025 00:00 +07:00).");
        assertThat(PlanMessages.vietnamese("Unit 527 may extend up to its own deadline (2025-06-09T17:00:00Z), not to 2025-06-20T17:00:00Z"))
                .isEqualTo("Chỉ được gia hạn đến thời hạn của chính đơn vị mình (10/06/2025 00:00 +07:00), không đến 21/06/2025 00:00 +07:00.");
        assertThat(PlanMessages.vietnamese("something the web application has not heard of")).isEqualTo("Giá trị này không được chấp nhận.");
    }

    @Test
    void aProblemsFieldErrorsGoBesideTheirInputsAndTheRestAboveTheForm() {
        FieldMessages messages = PlanMessages.of(List.of(
                new FieldMessage("deadline", "the deadline precedes the issue date 2025-05-28"),
                new FieldMessage("participants.units[0]", "no unit has the code 99999"),
                new FieldMessage("milestones[0].title", "must not be blank")));
        assertThat(messages.byInput()).containsOnlyKeys("deadline", "units");
        assertThat(messages.byInput().get("deadline")).containsExactly("Thời hạn sớm hơn ngày ban hành 28/05/2025.");
        assertThat(messages.byInput().get("units")).containsExactly("Không có đơn vị nào mang mã 99999.");
        assertThat(messages.general()).containsExactly("Không được để trống.");
    }

    @Test
    void aConcurrentChangeOrAStateThatForbidsTheActionIsOneReadableSentence() {
        ServiceProblem concurrent = new ServiceProblem(409, "plan-changed-concurrently", "Kế hoạch vừa được người khác thay đổi",
                "Plan kh-1 was changed by someone else meanwhile; read it again and retry", "planning-service", null, List.of());
        assertThat(PlanMessages.refusal(concurrent)).startsWith("Kế hoạch vừa được người khác thay đổi trong lúc bạn thao tác")
                .contains("chưa được lưu");
        assertThat(PlanMessages.of(concurrent).general()).containsExactly(PlanMessages.refusal(concurrent));
        ServiceProblem taken = new ServiceProblem(409, "plan-exists", "", "", "planning-service", null, List.of());
        assertThat(PlanMessages.of(taken).byInput()).containsKey("planId");
        ServiceProblem closed = new ServiceProblem(409, "plan-action-not-allowed", "Kế hoạch không cho phép thao tác này", "",
                "planning-service", null, List.of());
        assertThat(PlanMessages.refusal(closed)).contains("không cho phép thao tác này");
    }

    @Test
    void theAuditTrailSaysWhatChangedInVietnamese() {
        assertThat(PlanMessages.auditDetail("draft 12/KH-UBND")).isEqualTo("Bản nháp kế hoạch số 12/KH-UBND");
        assertThat(PlanMessages.auditDetail("150 expected units as of 2025-05-28"))
                .isEqualTo("150 đơn vị phải báo cáo (các đơn vị có vào ngày 28/05/2025)");
        assertThat(PlanMessages.auditDetail("added [], removed [], deadline 2025-06-09T17:00:00Z → 2025-06-14T17:00:00Z"))
                .isEqualTo("Thời hạn 10/06/2025 00:00 +07:00 → 15/06/2025 00:00 +07:00");
        assertThat(PlanMessages.auditDetail("added [21220], removed [21217]")).isEqualTo("Thêm đơn vị 21220; bớt đơn vị 21217");
        assertThat(PlanMessages.auditDetail("internal deadline of 527: 2025-06-04T17:00:00Z"))
                .isEqualTo("Thời hạn nội bộ của đơn vị 527 cho các đơn vị cấp dưới: 05/06/2025 00:00 +07:00");
        assertThat(PlanMessages.auditDetail("extension of 21217: 2025-06-04T17:00:00Z → 2025-06-07T17:00:00Z"))
                .isEqualTo("Gia hạn cho đơn vị 21217: 05/06/2025 00:00 +07:00 → 08/06/2025 00:00 +07:00");
        assertThat(PlanMessages.actionName("SET_INTERNAL_DEADLINE")).isEqualTo("Đặt thời hạn nội bộ");
        assertThat(PlanMessages.stateName("ISSUED")).isEqualTo("Đã ban hành");
    }
}
