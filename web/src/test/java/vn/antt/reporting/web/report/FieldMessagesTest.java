package vn.antt.reporting.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.FieldMessage;
import vn.antt.reporting.web.api.WarningInfo;

/** A service's problem details land next to the inputs they name; what names none stays above the form. */
class FieldMessagesTest {

    private static final List<String> FIGURES = List.of("propaganda.sessions", "cases.solved", "units.rating");
    private static final List<String> SECTIONS = List.of("I", "II.2.1");
    private static final Map<String, List<String>> CATEGORIES = Map.of("units.rating", List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"));

    @Test
    void fieldPathsOfTheServiceNameTheFormsInputs() {
        FieldMessages messages = new FieldMessages();
        messages.addProblems(List.of(
                new FieldMessage("figures[0].amount", "Giá trị phải là số nguyên"),
                new FieldMessage("figures[1].secondAmount", "Cần số đối tượng"),
                new FieldMessage("figures[2].breakdown.Khá", "Giá trị phải là số nguyên"),
                new FieldMessage("figures[2]", "Số thôn đạt chuẩn không thể lớn hơn tổng số thôn"),
                new FieldMessage("sections[1].number", "Mục 'II.2.1' bị lặp"),
                new FieldMessage("sections", "Thiếu nội dung mục bắt buộc II.1. Công tác triển khai quán triệt"),
                new FieldMessage("figures", "Thiếu chỉ tiêu bắt buộc 'propaganda.attendees' (Số lượt người tham dự)"),
                new FieldMessage("document.issuedOn", "must be a date in the past or in the present"),
                new FieldMessage("document", "must not be null"),
                new FieldMessage("figures[7].amount", "out of range"),
                new FieldMessage("planId", "không đúng")), FIGURES, SECTIONS, CATEGORIES);

        assertThat(messages.byInput()).containsEntry("fig.propaganda.sessions.a", List.of("Giá trị phải là số nguyên"))
                .containsEntry("fig.cases.solved.b", List.of("Cần số đối tượng"))
                .containsEntry("fig.units.rating.c.1", List.of("Giá trị phải là số nguyên"))
                .containsEntry("fig.units.rating.a", List.of("Số thôn đạt chuẩn không thể lớn hơn tổng số thôn"))
                .containsEntry("section.II.2.1", List.of("Mục 'II.2.1' bị lặp"))
                .containsEntry("section.II.1", List.of("Thiếu nội dung mục bắt buộc II.1. Công tác triển khai quán triệt"))
                .containsEntry("fig.propaganda.attendees.a", List.of("Thiếu chỉ tiêu bắt buộc 'propaganda.attendees' (Số lượt người tham dự)"))
                .containsEntry("doc.issuedOn", List.of("must be a date in the past or in the present"))
                .containsEntry("doc.number", List.of("must not be null"));
        assertThat(messages.general()).containsExactly("out of range", "không đúng");
    }

    @Test
    void aWarningGoesBesideEachIndicatorItConcerns() {
        FieldMessages messages = new FieldMessages();
        messages.addWarnings(List.of(new WarningInfo("budget.total-equals-parts", "Tổng kinh phí không bằng tổng các khoản thành phần",
                List.of("budget.total", "budget.uniforms")), new WarningInfo("general", "Cảnh báo chung", List.of())));

        assertThat(messages.byInput()).containsOnlyKeys("fig.budget.total.a", "fig.budget.uniforms.a");
        assertThat(messages.general()).containsExactly("Cảnh báo chung");
    }
}
