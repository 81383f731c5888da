package vn.antt.reporting.submission.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.platform.document.AdministrativeDocument;
import vn.antt.reporting.platform.document.AdministrativeDocument.Appendix;
import vn.antt.reporting.platform.document.AdministrativeDocument.Block;
import vn.antt.reporting.platform.document.AdministrativeDocument.Heading;
import vn.antt.reporting.platform.document.AdministrativeDocument.Paragraph;
import vn.antt.reporting.platform.document.AdministrativeDocument.Signature;
import vn.antt.reporting.platform.document.AdministrativeDocument.Table;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.platform.document.OutlineHeadings;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.submission.submission.SectionText;
import vn.antt.reporting.submission.submission.Submission;

/**
 * One version of a unit's report as the official document it stands for (pure): the header of its issuing body,
 * "BÁO CÁO" and the plan's subject, the outline's sections in order with their headings and the unit's text word for
 * word, each figure in the section its indicator belongs to ("- Số lượt tuyên truyền trực tiếp: hơn 100 lượt."), the
 * signer's block and "Nơi nhận:", and every figure again in the appendix's table.
 */
public final class ReportDocument {

    static final String TYPE = "Báo cáo";

    private ReportDocument() {
    }

    public static AdministrativeDocument of(Submission report, PlanPublished plan, OutlinePublished outline, IssuingBody issuer) {
        Map<String, String> texts = new HashMap<>();
        for (SectionText section : report.sections()) {
            texts.put(section.number(), section.text());
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        outline.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, List<FigureValue>> figuresBySection = new HashMap<>();
        for (FigureValue figure : report.figures()) {
            Indicator indicator = indicators.get(figure.indicator());
            if (indicator != null && indicator.sectionNumber() != null) {
                figuresBySection.computeIfAbsent(indicator.sectionNumber(), s -> new ArrayList<>()).add(figure);
            }
        }
        Map<String, Heading> headings = OutlineHeadings.of(outline);

        List<Block> body = new ArrayList<>();
        Set<String> known = outline.sections().stream().map(OutlineSection::number).collect(Collectors.toSet());
        for (OutlineSection section : outline.sections()) {
            body.add(headings.get(section.number()));
            body.addAll(Paragraph.of(texts.get(section.number())));
            for (FigureValue figure : figuresBySection.getOrDefault(section.number(), List.of())) {
                Indicator indicator = indicators.get(figure.indicator());
                body.add(new Paragraph("- " + indicator.label() + ": " + VietnameseFormat.figure(indicator, figure) + "."));
            }
        }
        // Text under a number the outline does not have (an older outline version) is still printed, never dropped.
        report.sections().stream().filter(s -> !known.contains(s.number())).forEach(s -> {
            body.add(new Heading(2, s.number(), ""));
            body.addAll(Paragraph.of(s.text()));
        });

        List<Appendix> appendices = report.figures().isEmpty() ? List.of()
                : List.of(new Appendix("Phụ lục", "SỐ LIỆU BÁO CÁO", List.of(figureTable(report.figures(), indicators))));
        var document = report.document();
        return new AdministrativeDocument(issuer.parentBody(), issuer.issuingBody(), document.number(), issuer.place(),
                document.issuedOn(), TYPE, plan.letter().title(), null, body, signature(document.signerTitle(), document.signer()),
                document.recipients(), appendices);
    }

    /** "Báo cáo 163-BC-UBND - Xã Tịnh Sơn - phiên bản 1.docx". */
    public static String fileName(Submission report) {
        return TYPE + " " + report.document().number() + " - " + report.unit().name() + " - phiên bản " + report.version() + ".docx";
    }

    /** STT, Chỉ tiêu, Đơn vị tính, Số liệu: every figure of the version, in the outline's order. */
    static Table figureTable(List<FigureValue> figures, Map<String, Indicator> indicators) {
        List<String> order = new ArrayList<>(indicators.keySet());
        List<FigureValue> sorted = figures.stream()
                .sorted((a, b) -> Integer.compare(position(order, a.indicator()), position(order, b.indicator())))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (FigureValue figure : sorted) {
            Indicator indicator = indicators.get(figure.indicator());
            rows.add(List.of(Integer.toString(n++), indicator == null ? figure.indicator() : indicator.label(),
                    indicator == null || indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure(),
                    VietnameseFormat.figure(indicator, figure)));
        }
        return new Table(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"), rows, false, List.of(false, false, false, true));
    }

    /** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" → two lines. */
    static Signature signature(String title, String name) {
        List<String> lines = title == null || title.isBlank() ? List.of()
                : Arrays.stream(title.split("\\s*[/\\n]\\s*")).filter(l -> !l.isBlank()).toList();
        return new Signature(lines, name);
    }

    private static int position(List<String> order, String code) {
        int at = order.indexOf(code);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
