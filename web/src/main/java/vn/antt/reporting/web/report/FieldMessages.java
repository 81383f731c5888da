package vn.antt.reporting.web.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.antt.reporting.web.api.FieldMessage;
import vn.antt.reporting.web.api.WarningInfo;

/**
 * Puts a service's messages next to the inputs they concern: {@code errors[].field} such as
 * {@code figures[3].secondAmount} names the fourth figure sent, {@code sections[0].number} the first section sent,
 * {@code document.number} the document block; a missing required section or indicator is named in the message.
 * What names no input stays in the list above the form.
 */
public final class FieldMessages {

    private static final Pattern FIGURE = Pattern.compile("figures\\[(\\d+)](?:\\.(\\w+)(?:\\.(.+))?)?");
    private static final Pattern SECTION = Pattern.compile("sections\\[(\\d+)](?:\\..*)?");
    private static final Pattern MISSING_SECTION = Pattern.compile("mục bắt buộc ([^ .]+(?:\\.[^ .]+)*)\\.");
    private static final Pattern MISSING_FIGURE = Pattern.compile("chỉ tiêu bắt buộc '([^']+)'");

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** Messages keyed by input name ({@link ReportForm}'s names). */
    public Map<String, List<String>> byInput() {
        return byInput;
    }

    /** Messages that name no input. */
    public List<String> general() {
        return general;
    }

    public boolean isEmpty() {
        return byInput.isEmpty() && general.isEmpty();
    }

    public void add(String input, String message) {
        if (input == null) {
            general.add(message);
        } else {
            byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(message);
        }
    }

    public void addAll(Map<String, List<String>> messages) {
        messages.forEach((input, list) -> list.forEach(message -> add(input, message)));
    }

    /**
     * @param figureOrder   indicator codes in the order the draft sent them
     * @param sectionOrder  section numbers in the order the draft sent them
     * @param categories    per indicator code, its categories (a breakdown error names one)
     */
    public void addProblems(List<FieldMessage> errors, List<String> figureOrder, List<String> sectionOrder,
                            Map<String, List<String>> categories) {
        for (FieldMessage error : errors) {
            add(input(error, figureOrder, sectionOrder, categories), error.message());
        }
    }

    /** A warning goes next to each indicator it concerns (or above the form when it names none). */
    public void addWarnings(List<WarningInfo> warnings) {
        for (WarningInfo warning : warnings) {
            if (warning.indicators().isEmpty()) {
                general.add(warning.message());
            }
            warning.indicators().forEach(code -> add(ReportForm.amount(code), warning.message()));
        }
    }

    static String input(FieldMessage error, List<String> figureOrder, List<String> sectionOrder, Map<String, List<String>> categories) {
        String field = error.field() == null ? "" : error.field();
        Matcher figure = FIGURE.matcher(field);
        if (figure.matches()) {
            int index = Integer.parseInt(figure.group(1));
            if (index >= figureOrder.size()) {
                return null;
            }
            String code = figureOrder.get(index);
            String part = figure.group(2);
            if ("secondAmount".equals(part)) {
                return ReportForm.second(code);
            }
            if ("qualifier".equals(part)) {
                return ReportForm.qualifier(code);
            }
            if ("breakdown".equals(part) && figure.group(3) != null) {
                int category = categories.getOrDefault(code, List.of()).indexOf(figure.group(3));
                return category < 0 ? ReportForm.amount(code) : ReportForm.category(code, category);
            }
            return ReportForm.amount(code);
        }
        Matcher section = SECTION.matcher(field);
        if (section.matches()) {
            int index = Integer.parseInt(section.group(1));
            return index < sectionOrder.size() ? ReportForm.section(sectionOrder.get(index)) : null;
        }
        if (field.equals("sections")) {
            Matcher missing = MISSING_SECTION.matcher(error.message());
            return missing.find() ? ReportForm.section(missing.group(1)) : null;
        }
        if (field.equals("figures")) {
            Matcher missing = MISSING_FIGURE.matcher(error.message());
            return missing.find() ? ReportForm.amount(missing.group(1)) : null;
        }
        if (field.startsWith("document")) {
            String part = field.length() > "document.".length() ? field.substring("document.".length()) : "number";
            if (part.startsWith("issuedOn")) {
                return ReportForm.DOC_ISSUED_ON;
            }
            if (part.startsWith("signerTitle")) {
                return ReportForm.DOC_SIGNER_TITLE;
            }
            if (part.startsWith("signer")) {
                return ReportForm.DOC_SIGNER;
            }
            if (part.startsWith("recipients")) {
                return ReportForm.DOC_RECIPIENTS;
            }
            return ReportForm.DOC_NUMBER;
        }
        return null;
    }
}
