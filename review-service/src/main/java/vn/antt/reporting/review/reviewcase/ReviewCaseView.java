package vn.antt.reporting.review.reviewcase;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.plans.ReviewLevel;

/**
 * A case as the API shows it (its audit trail has its own endpoint; the outbox is internal).
 *
 * @param changes    where the reviewer reads the differences to the previous version (submission-service), from version 2
 * @param lastReturn the last return of the case: the version returned, by whom, the reason and the notes per section
 *                   or indicator (null before any return)
 */
public record ReviewCaseView(String id, String planId, UnitRef unit, ReviewState state, String submissionId, int version,
                             List<ReviewLevel> levels, int currentLevel, String currentReviewer, List<String> acceptedBy,
                             Instant waitingSince, Instant dueAt, List<String> warnings, List<FigureValue> figures,
                             String changes, CaseReturn lastReturn) {

    static ReviewCaseView of(ReviewCase c) {
        return new ReviewCaseView(c.id(), c.planId(), c.unit(), c.state(), c.submissionId(), c.version(), c.levels(),
                c.currentLevel(), c.currentReviewer(), c.acceptedBy(), c.waitingSince(), c.dueAt(), c.warnings(), c.figures(),
                c.version() > 1 ? "/api/submissions/" + c.submissionId() + "/changes" : null, c.lastReturn());
    }
}
