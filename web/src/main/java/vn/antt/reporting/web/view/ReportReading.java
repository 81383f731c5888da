package vn.antt.reporting.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.StatusChange;
import vn.antt.reporting.web.api.SubmissionInfo;
import vn.antt.reporting.web.api.VersionChanges;
import vn.antt.reporting.web.format.Formats;

/**
 * A submitted version read section by section, as the outline orders it: the text, each figure as the report prints
 * it ("hơn 100 lượt"), what changed since the previous version, and the reviewer's notes next to what they concern.
 * The version page and the reviewer's case page both show it.
 */
public record ReportReading(List<Section> sections, List<String> notesOnNothing) {

    public static ReportReading of(OutlineInfo outline, SubmissionInfo version, VersionChanges changes, StatusChange returned,
                                   Formats fmt) {
        Map<String, String> texts = new LinkedHashMap<>();
        version.sections().forEach(s -> texts.put(s.number(), s.text()));
        Map<String, FigureValue> figures = new LinkedHashMap<>();
        version.figures().forEach(f -> figures.put(f.indicator(), f));
        Map<String, String> changedSections = new LinkedHashMap<>();
        Map<String, String> changedFigures = new LinkedHashMap<>();
        if (changes != null) {
            changes.sections().forEach(c -> changedSections.put(c.number(), changeText(c.change()) + (c.before() == null ? ""
                    : " Trước đây: «" + abbreviate(c.before()) + "»")));
            changes.figures().forEach(c -> changedFigures.put(c.indicator(), changeText(c.change()) + (c.before() == null ? ""
                    : " Trước đây: " + fmt.figure(c.before(), outline.indicator(c.indicator())))));
        }
        List<ReturnNote> notes = returned == null ? List.of() : returned.notes();
        List<String> notesOnNothing = new ArrayList<>();
        for (ReturnNote note : notes) {
            boolean placed = (note.indicator() != null && outline.indicator(note.indicator()) != null)
                    || (note.sectionNumber() != null && outline.section(note.sectionNumber()) != null);
            if (!placed) {
                notesOnNothing.add(note.note());
            }
        }
        List<Section> sections = new ArrayList<>();
        for (OutlineSection section : outline.sections()) {
            List<Figure> rows = new ArrayList<>();
            for (Indicator indicator : outline.indicators()) {
                if (!section.number().equals(indicator.sectionNumber())) {
                    continue;
                }
                FigureValue value = figures.get(indicator.code());
                String change = changedFigures.get(indicator.code());
                List<String> figureNotes = notes.stream().filter(n -> indicator.code().equals(n.indicator())).map(ReturnNote::note).toList();
                if (value != null || change != null || !figureNotes.isEmpty()) {
                    rows.add(new Figure(indicator.code(), indicator.label(), value == null ? "(không có)" : fmt.figure(value, indicator),
                            change, figureNotes));
                }
            }
            List<String> sectionNotes = notes.stream().filter(n -> section.number().equals(n.sectionNumber())
                    && (n.indicator() == null || n.indicator().isBlank() || outline.indicator(n.indicator()) == null)).map(ReturnNote::note).toList();
            sections.add(new Section(section.number(), section.title(), headingLevel(section.number()),
                    texts.get(section.number()), changedSections.get(section.number()), sectionNotes, rows));
        }
        return new ReportReading(sections, notesOnNothing);
    }

    /** The heading level of a section, by its number ("1" h2, "1.2" h3, deeper h4), in the form as in the reading. */
    public static int headingLevel(String number) {
        return Math.min(4, 2 + (int) number.chars().filter(c -> c == '.').count());
    }

    private static String changeText(String change) {
        return switch (change) {
            case "ADDED" -> "Mới bổ sung.";
            case "REMOVED" -> "Đã bỏ.";
            default -> "Đã sửa.";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** One section: its text (null when empty), what changed, the notes on it, its figures. */
    public record Section(String number, String title, int headingLevel, String text, String change, List<String> notes,
                          List<Figure> figures) {
    }

    public record Figure(String code, String label, String value, String change, List<String> notes) {
    }

}
