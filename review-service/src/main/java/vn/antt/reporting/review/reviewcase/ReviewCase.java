package vn.antt.reporting.review.reviewcase;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.outbox.PendingEvent;
import vn.antt.reporting.platform.plans.ReviewLevel;

/**
 * The review of one unit's report for one plan. Every transition is one guarded single-document update
 * ({@code revision} must still be what the actor read) that sets the state, appends to {@code audit} and
 * adds the event to {@code outbox}: the state, its audit and its event never part.
 *
 * @param levels         the chain of the version under review
 * @param currentLevel   the level that must act (1-based) while the state awaits a reviewer
 * @param currentReviewer that level's unit, null when nobody must act: derivable from the two above, but
 *                       stored so that a reviewer's worklist is one indexed query
 * @param acceptedBy     the units that accepted the current version, from the first level up
 * @param waitingSince   when the version reached the current level
 * @param dueAt          waitingSince + the plan's review time
 * @param overdueRaised  whether ReviewOverdue was raised for this version at this level
 * @param figures        the figures of the version under review (for compiling upward)
 * @param warnings       the validation warnings of that version, shown to reviewers
 * @param sections       the narrative of the version under review per outline section (for compiling upward)
 * @param lastReturn     the last return (reason and notes), kept when the next version arrives; null before any
 */
@Document(ReviewCase.COLLECTION)
@CompoundIndex(name = "worklist", def = "{'currentReviewer': 1, 'state': 1}")
@CompoundIndex(name = "plan_state", def = "{'planId': 1, 'state': 1}")
public record ReviewCase(
        @Id String id,
        String planId,
        UnitRef unit,
        ReviewState state,
        String submissionId,
        int version,
        List<ReviewLevel> levels,
        int currentLevel,
        String currentReviewer,
        List<String> acceptedBy,
        Instant waitingSince,
        Instant dueAt,
        boolean overdueRaised,
        List<FigureValue> figures,
        List<String> warnings,
        List<ReportSection> sections,
        CaseReturn lastReturn,
        long revision,
        List<CaseAuditEntry> audit,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "review_cases";

    public ReviewCase {
        levels = ImmutableLists.copyOrEmpty(levels);
        acceptedBy = ImmutableLists.copyOrEmpty(acceptedBy);
        figures = ImmutableLists.copyOrEmpty(figures);
        warnings = ImmutableLists.copyOrEmpty(warnings);
        sections = ImmutableLists.copyOrEmpty(sections);
        audit = ImmutableLists.copyOrEmpty(audit);
        outbox = ImmutableLists.copyOrEmpty(outbox);
    }

    public static String idOf(String planId, String unitCode) {
        return planId + ":" + unitCode;
    }

    /** An expected unit that has not submitted yet, as lists show it (not stored). */
    static ReviewCase awaiting(String planId, ExpectedUnit unit) {
        return new ReviewCase(idOf(planId, unit.code()), planId, new UnitRef(unit.code(), unit.name(), unit.kind(), unit.ancestry()),
                ReviewState.AWAITING_SUBMISSION, null, 0, List.of(), 0, null, List.of(), null, null, false, List.of(), List.of(),
                List.of(), null, 0, List.of(), List.of());
    }

    ReviewLevel level(int number) {
        return levels.get(number - 1);
    }

    /** The level that must act now, null when nobody must. */
    ReviewLevel reviewing() {
        return currentReviewer == null || currentLevel < 1 || currentLevel > levels.size() ? null : level(currentLevel);
    }

    boolean atTopLevel() {
        return currentLevel == levels.size();
    }
}
