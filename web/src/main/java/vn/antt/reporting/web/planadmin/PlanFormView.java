package vn.antt.reporting.web.planadmin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.web.format.VietnameseDates;
import vn.antt.reporting.web.report.FieldMessages;
import vn.antt.reporting.web.view.FormInput;

/**
 * A plan's form as the page shows it: every input with its label, help, the text typed and the service's messages,
 * the kinds of unit with what is ticked, the review levels per kind, the outlines and plans to choose from.
 *
 * @param editing  a stored draft's id when the form rewrites it, null for a new plan
 * @param outlines outline id → "title (phiên bản 1, 2)" for the list of suggestions
 * @param plans    plan id → "number — title" for the comparison plan
 */
public record PlanFormView(String editing, PlanForm form, Map<String, FormInput> inputs, List<KindRow> kinds,
                           List<String> general, Map<String, String> outlines, Map<String, String> plans, String issuingUnitName) {

    /** One kind of unit: whether its units report, and which levels review them. */
    public record KindRow(String kind, String name, boolean reports, List<LevelBox> levels) {
    }

    public record LevelBox(String level, String name, boolean ticked) {
    }

    public FormInput input(String name) {
        return inputs.get(name);
    }

    /** The messages of an input that is not a text box (the kinds, the review chains), empty when none. */
    public List<String> messages(String name) {
        FormInput input = inputs.get(name);
        return input == null ? List.of() : input.messages();
    }

    /** The form as shown; {@code today} is the issue day assumed while the form names none (a plan is issued today). */
    static PlanFormView of(String editing, PlanForm form, FieldMessages messages, Map<String, String> outlines,
                           Map<String, String> plans, String issuingUnitName, LocalDate today) {
        LocalDate issueDay = VietnameseDates.date(form.issuedOn()).orElse(today);
        Map<String, FormInput> inputs = new LinkedHashMap<>();
        put(inputs, form, messages, "planId", "Mã kế hoạch (không bắt buộc)",
                "Chữ thường không dấu, chữ số, dấu gạch ngang; để trống thì hệ thống đặt theo số hiệu.", form.planId());
        put(inputs, form, messages, "number", "Số, ký hiệu", "Ví dụ 119/KH-UBND.", form.number());
        put(inputs, form, messages, "issuingBody", "Cơ quan ban hành", null, form.issuingBody());
        put(inputs, form, messages, "signer", "Người ký", null, form.signer());
        put(inputs, form, messages, "signerTitle", "Chức vụ người ký", "Ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.", form.signerTitle());
        put(inputs, form, messages, "issuedOn", "Ngày ban hành (không bắt buộc)",
                "dd/MM/yyyy; để trống là ngày ban hành trên hệ thống. Đơn vị phải báo cáo là các đơn vị tồn tại vào ngày này.", form.issuedOn());
        put(inputs, form, messages, "title", "Trích yếu", null, form.title());
        put(inputs, form, messages, "legalBasis", "Căn cứ (mỗi dòng một văn bản)", null, form.legalBasis());
        put(inputs, form, messages, "periodFrom", "Kỳ báo cáo từ ngày", "dd/MM/yyyy, ví dụ 09/11/2015.", form.periodFrom());
        put(inputs, form, messages, "periodTo", "đến ngày (chốt số liệu)", "dd/MM/yyyy, ví dụ 10/05/2025.", form.periodTo());
        put(inputs, form, messages, "deadline", "Thời hạn nộp báo cáo",
                "dd/MM/yyyy HH:mm, giờ Việt Nam (+07:00). \"Trước ngày 10/6/2025\" là 10/06/2025 00:00.", form.deadline());
        put(inputs, form, messages, "recipientUnitCode", "Mã đơn vị nhận báo cáo", null, form.recipientUnitCode());
        put(inputs, form, messages, "recipientName", "Nơi nhận báo cáo", "Ví dụ Công an tỉnh (qua Phòng An ninh kinh tế).", form.recipientName());
        put(inputs, form, messages, "contact", "Đầu mối liên hệ", null, form.contact());
        put(inputs, form, messages, "outlineId", "Đề cương báo cáo", "Mã đề cương, chọn trong danh sách gợi ý.", form.outlineId());
        put(inputs, form, messages, "outlineVersion", "Phiên bản đề cương", null, form.outlineVersion());
        put(inputs, form, messages, "comparisonPlanId", "Kế hoạch để so sánh cùng kỳ (không bắt buộc)", null, form.comparisonPlanId());
        put(inputs, form, messages, "units", "Đơn vị khác phải báo cáo (mã đơn vị, không bắt buộc)",
                "Cách nhau bởi dấu phẩy, ví dụ 21217, 21220.", form.units());
        put(inputs, form, messages, "reviewDays", "Thời gian thẩm định mỗi cấp (ngày)", null, form.reviewDays());
        put(inputs, form, messages, "kinds", "Loại đơn vị phải báo cáo", null, "");
        put(inputs, form, messages, "chains", "Cấp thẩm định", null, "");
        List<String> levels = PlanKinds.reviewLevelsOn(issueDay, form.chains());
        List<KindRow> kinds = PlanKinds.PARTICIPANT_KINDS.stream().map(kind -> new KindRow(kind, PlanKinds.name(kind),
                form.kinds().contains(kind), levels.stream()
                .map(level -> new LevelBox(level, PlanKinds.level(level), form.chain(kind).contains(level))).toList())).toList();
        return new PlanFormView(editing, form, inputs, kinds, messages.general(), outlines, plans, issuingUnitName);
    }

    private static void put(Map<String, FormInput> inputs, PlanForm form, FieldMessages messages, String name, String label, String help,
                            String value) {
        inputs.put(name, PlanInputs.input("plan", name, label, help, value, messages));
    }
}
