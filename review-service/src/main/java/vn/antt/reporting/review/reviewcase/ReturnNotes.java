package vn.antt.reporting.review.reviewcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.text.Nfc;

/** The one rule of return notes: each names a section or an indicator of the plan's outline (or neither: a general note). */
final class ReturnNotes {

    private ReturnNotes() {
    }

    /**
     * @param outline the plan's outline version, null when this service does not know it (then every target is unknown)
     * @return the notes in Unicode NFC
     * @throws UnknownNoteTargetException naming {@code notes[i].sectionNumber} / {@code notes[i].indicator}
     */
    static List<ReturnNote> checked(String caseId, OutlinePublished outline, List<ReviewRequests.Note> notes) {
        if (notes == null || notes.isEmpty()) {
            return List.of();
        }
        Set<String> sections = outline == null ? Set.of()
                : outline.sections().stream().map(OutlineSection::number).collect(Collectors.toSet());
        Set<String> indicators = outline == null ? Set.of()
                : outline.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        List<ReturnNote> checked = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            ReviewRequests.Note note = notes.get(i);
            String section = blankToNull(note.sectionNumber());
            String indicator = blankToNull(note.indicator());
            if (section != null && !sections.contains(section)) {
                errors.add(new FieldError("notes[" + i + "].sectionNumber", "is not a section of the plan's outline: " + section));
            }
            if (indicator != null && !indicators.contains(indicator)) {
                errors.add(new FieldError("notes[" + i + "].indicator", "is not an indicator of the plan's outline: " + indicator));
            }
            checked.add(new ReturnNote(section, indicator, Nfc.of(note.note())));
        }
        if (!errors.isEmpty()) {
            throw new UnknownNoteTargetException(caseId, errors);
        }
        return List.copyOf(checked);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
