package vn.antt.reporting.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.text.VietnameseNumbers;
import vn.antt.reporting.web.api.DocumentInfo;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.SectionText;
import vn.antt.reporting.web.format.VietnameseDates;

/**
 * What a clerk typed in the report form, kept as typed (so a refused submit comes back filled), and read into a
 * draft: numbers the Vietnamese way ({@code 8.000}, {@code 99,33}) with the platform's {@link VietnameseNumbers},
 * dates as dd/mm/yyyy. A value that cannot be read is named by its input, with a message for the clerk.
 */
public final class ReportForm {

    public static final String DOC_NUMBER = "doc.number";
    public static final String DOC_ISSUED_ON = "doc.issuedOn";
    public static final String DOC_SIGNER = "doc.signer";
    public static final String DOC_SIGNER_TITLE = "doc.signerTitle";
    public static final String DOC_RECIPIENTS = "doc.recipients";

    private final OutlineInfo outline;
    private final Map<String, String> values;

    private ReportForm(OutlineInfo outline, Map<String, String> values) {
        this.outline = outline;
        this.values = values;
    }

    public static String section(String number) {
        return "section." + number;
    }

    public static String qualifier(String code) {
        return "fig." + code + ".q";
    }

    public static String amount(String code) {
        return "fig." + code + ".a";
    }

    public static String second(String code) {
        return "fig." + code + ".b";
    }

    public static String category(String code, int index) {
        return "fig." + code + ".c." + index;
    }

    /** What the browser posted (one value per input). */
    public static ReportForm posted(OutlineInfo outline, Map<String, String[]> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value.length > 0 && (name.startsWith("doc.") || name.startsWith("section.") || name.startsWith("fig."))) {
                values.put(name, value[0]);
            }
        });
        return new ReportForm(outline, values);
    }

    /** A stored draft or version, written back into the inputs as a clerk would type it. */
    public static ReportForm filled(OutlineInfo outline, DocumentInfo document, List<SectionText> sections, List<FigureValue> figures) {
        Map<String, String> values = new LinkedHashMap<>();
        if (document != null) {
            values.put(DOC_NUMBER, document.number());
            values.put(DOC_ISSUED_ON, document.issuedOn() == null ? "" : VietnameseFormat.date(document.issuedOn()));
            values.put(DOC_SIGNER, document.signer());
            values.put(DOC_SIGNER_TITLE, document.signerTitle());
            values.put(DOC_RECIPIENTS, String.join("\n", document.recipients()));
        }
        sections.forEach(section -> values.put(section(section.number()), section.text()));
        for (FigureValue figure : figures) {
            String code = figure.indicator();
            values.put(qualifier(code), figure.qualifier().name());
            values.put(amount(code), number(figure.amount()));
            values.put(second(code), number(figure.secondAmount()));
            Indicator indicator = outline.indicator(code);
            if (indicator != null) {
                for (int i = 0; i < indicator.categories().size(); i++) {
                    values.put(category(code, i), number(figure.breakdown().get(indicator.categories().get(i))));
                }
            }
        }
        return new ReportForm(outline, values);
    }

    public static ReportForm empty(OutlineInfo outline) {
        return new ReportForm(outline, new LinkedHashMap<>());
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : VietnameseFormat.number(value);
    }

    /** What the clerk typed in an input, or empty. */
    public String value(String input) {
        String value = values.get(input);
        return value == null ? "" : value;
    }

    public Qualifier qualifierOf(String code) {
        String value = value(qualifier(code));
        try {
            return value.isBlank() ? Qualifier.EXACT : Qualifier.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return Qualifier.EXACT;
        }
    }

    /**
     * The draft these inputs make: the sections with text, the figures with a value, the document block when its
     * number and date are there (the service needs both to keep a document block).
     */
    public Draft read() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<SectionText> sections = new ArrayList<>();
        for (OutlineSection section : outline.sections()) {
            String text = value(section(section.number()));
            if (!text.isBlank()) {
                sections.add(new SectionText(section.number(), text.strip()));
            }
        }
        List<FigureValue> figures = new ArrayList<>();
        for (Indicator indicator : outline.indicators()) {
            FigureValue figure = figure(indicator, errors);
            if (figure != null) {
                figures.add(figure);
            }
        }
        return new Draft(document(errors), sections, figures, errors);
    }

    private FigureValue figure(Indicator indicator, Map<String, List<String>> errors) {
        String code = indicator.code();
        BigDecimal first = parse(amount(code), errors);
        BigDecimal second = indicator.type() == IndicatorType.RATIO || indicator.type() == IndicatorType.PAIRED_COUNT
                ? parse(second(code), errors) : null;
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        if (indicator.type() == IndicatorType.CLASSIFICATION) {
            for (int i = 0; i < indicator.categories().size(); i++) {
                BigDecimal count = parse(category(code, i), errors);
                if (count != null) {
                    breakdown.put(indicator.categories().get(i), count);
                }
            }
            if (first == null && !breakdown.isEmpty()) {
                // The total of a classification is the sum of its categories when the clerk leaves it empty.
                first = breakdown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
        if (first == null) {
            if (second != null) {
                errors.computeIfAbsent(amount(code), k -> new ArrayList<>()).add("Cần nhập cả giá trị này");
            }
            return null;
        }
        return new FigureValue(code, qualifierOf(code), first, second, breakdown);
    }

    private BigDecimal parse(String input, Map<String, List<String>> errors) {
        String text = value(input);
        if (text.isBlank()) {
            return null;
        }
        try {
            return VietnameseNumbers.parse(text);
        } catch (IllegalArgumentException notANumber) {
            errors.computeIfAbsent(input, k -> new ArrayList<>()).add(notANumber.getMessage());
            return null;
        }
    }

    private DocumentInfo document(Map<String, List<String>> errors) {
        String number = value(DOC_NUMBER).strip();
        String date = value(DOC_ISSUED_ON).strip();
        LocalDate issuedOn = null;
        if (!date.isEmpty()) {
            issuedOn = VietnameseDates.date(date).orElse(null);
            if (issuedOn == null) {
                errors.computeIfAbsent(DOC_ISSUED_ON, k -> new ArrayList<>())
                        .add("'" + date + "' không phải là ngày theo dạng ngày/tháng/năm (ví dụ 06/06/2025)");
            }
        }
        if (number.isEmpty() || issuedOn == null) {
            return null;
        }
        List<String> recipients = value(DOC_RECIPIENTS).lines().map(String::strip).map(line -> line.replaceFirst("^[-–•]\\s*", ""))
                .filter(line -> !line.isEmpty()).toList();
        return new DocumentInfo(number, issuedOn, blankToNull(value(DOC_SIGNER)), blankToNull(value(DOC_SIGNER_TITLE)), recipients);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the clerk started the document block without its number or date (then it cannot be kept yet). */
    public boolean documentIncomplete() {
        boolean any = !value(DOC_NUMBER).isBlank() || !value(DOC_ISSUED_ON).isBlank() || !value(DOC_SIGNER).isBlank()
                || !value(DOC_SIGNER_TITLE).isBlank() || !value(DOC_RECIPIENTS).isBlank();
        return any && (value(DOC_NUMBER).isBlank() || value(DOC_ISSUED_ON).isBlank());
    }

    /**
     * A draft as read from the form.
     *
     * @param errors per input, what could not be read (nothing is saved while there is one)
     */
    public record Draft(DocumentInfo document, List<SectionText> sections, List<FigureValue> figures,
                        Map<String, List<String>> errors) {

        /** The body of {@code PUT /api/drafts/{planId}/{unitCode}}. */
        public Map<String, Object> body(long baseRevision) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("baseRevision", baseRevision);
            body.put("document", document);
            body.put("sections", sections);
            body.put("figures", figures);
            return body;
        }

        /** The indicator codes in the order they were sent: service errors name figures by position. */
        public List<String> figureOrder() {
            return figures.stream().map(FigureValue::indicator).toList();
        }

        public List<String> sectionOrder() {
            return sections.stream().map(SectionText::number).toList();
        }
    }
}
