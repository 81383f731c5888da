package vn.antt.reporting.web.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.view.FormInput;
import vn.antt.reporting.web.view.ReportReading;

/**
 * The report form as the template draws it: the outline's sections in order with their headings and guidance, a text
 * area each, the figures of each section with their inputs, the document block; every input with its label, what
 * was typed, the messages and the reviewer's notes that concern it. Built here so the template decides nothing.
 */
public record ReportFormView(List<FormInput> document, List<SectionBlock> sections, List<Option> qualifiers) {

    /**
     * @param messages errors and warnings from the form and the service, per input
     * @param notes    the reviewer's notes of the returned version, per section number and per indicator code
     */
    public static ReportFormView of(OutlineInfo outline, ReportForm form, Map<String, List<String>> messages,
                                    Map<String, List<String>> sectionNotes, Map<String, List<String>> figureNotes) {
        List<FormInput> document = List.of(
                input(ReportForm.DOC_NUMBER, "Số, ký hiệu văn bản", "Ví dụ: 163/BC-UBND", form, messages),
                input(ReportForm.DOC_ISSUED_ON, "Ngày ban hành", "Ngày/tháng/năm, ví dụ 06/06/2025", form, messages),
                input(ReportForm.DOC_SIGNER, "Người ký", "Họ tên người ký", form, messages),
                input(ReportForm.DOC_SIGNER_TITLE, "Chức vụ người ký", "Ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", form, messages),
                input(ReportForm.DOC_RECIPIENTS, "Nơi nhận", "Mỗi nơi nhận một dòng", form, messages));
        List<SectionBlock> sections = new ArrayList<>();
        for (OutlineSection section : outline.sections()) {
            List<FigureBlock> figures = outline.indicators().stream().filter(i -> section.number().equals(i.sectionNumber()))
                    .map(indicator -> figure(indicator, form, messages, figureNotes)).toList();
            String name = ReportForm.section(section.number());
            sections.add(new SectionBlock(section.number(), section.title(), section.guidance(), section.required(),
                    ReportReading.headingLevel(section.number()), new FormInput(name, id(name), section.number() + ". " + section.title(), null,
                    form.value(name), messages.getOrDefault(name, List.of())),
                    sectionNotes.getOrDefault(section.number(), List.of()), figures));
        }
        List<Option> qualifiers = Arrays.stream(Qualifier.values()).map(q -> new Option(q.name(), qualifierName(q))).toList();
        return new ReportFormView(document, sections, qualifiers);
    }

    private static FigureBlock figure(Indicator indicator, ReportForm form, Map<String, List<String>> messages,
                                      Map<String, List<String>> notes) {
        String code = indicator.code();
        boolean paired = indicator.type() == IndicatorType.RATIO || indicator.type() == IndicatorType.PAIRED_COUNT;
        String firstLabel = switch (indicator.type()) {
            case RATIO -> "Số đạt (x)";
            case CLASSIFICATION -> "Tổng số";
            case PERCENTAGE -> "Tỷ lệ (%)";
            default -> "Giá trị";
        };
        FormInput amount = input(ReportForm.amount(code), firstLabel, unit(indicator.unitOfMeasure()), form, messages);
        FormInput second = paired ? input(ReportForm.second(code), indicator.type() == IndicatorType.RATIO ? "Tổng số (y)" : "Số "
                + indicator.secondUnitOfMeasure(), unit(indicator.secondUnitOfMeasure()), form, messages) : null;
        List<FormInput> categories = new ArrayList<>();
        for (int i = 0; i < indicator.categories().size(); i++) {
            categories.add(input(ReportForm.category(code, i), indicator.categories().get(i), null, form, messages));
        }
        String qualifierName = ReportForm.qualifier(code);
        FormInput qualifier = new FormInput(qualifierName, id(qualifierName), "Mức độ chính xác", null, form.qualifierOf(code).name(),
                messages.getOrDefault(qualifierName, List.of()));
        return new FigureBlock(code, indicator.label(), indicator.unitOfMeasure(), indicator.type().name(), indicator.required(),
                qualifier, amount, second, categories, notes.getOrDefault(code, List.of()));
    }

    private static String unit(String unitOfMeasure) {
        return unitOfMeasure == null ? null : "Đơn vị tính: " + unitOfMeasure;
    }

    private static FormInput input(String name, String label, String help, ReportForm form, Map<String, List<String>> messages) {
        return new FormInput(name, id(name), label, help, form.value(name), messages.getOrDefault(name, List.of()));
    }

    /** An HTML id for an input name ("fig.propaganda.sessions.a" → "in-fig-propaganda-sessions-a"). */
    public static String id(String name) {
        return "in-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** h2 for the top sections (I, II), h3 below (II.1), h4 further down (II.2.1). */
    static String qualifierName(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "chính xác";
            case MORE_THAN -> "hơn";
            case NEARLY -> "gần";
            case ABOUT -> "khoảng";
        };
    }

    public record SectionBlock(String number, String title, String guidance, boolean required, int headingLevel, FormInput text,
                               List<String> notes, List<FigureBlock> figures) {
    }

    public record FigureBlock(String code, String label, String unit, String type, boolean required, FormInput qualifier, FormInput amount,
                              FormInput second, List<FormInput> categories, List<String> notes) {

        public String groupId() {
            return id("fig." + code);
        }
    }

    public record Option(String value, String label) {
    }
}
