package vn.antt.reporting.review.reviewcase;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.review.ReturnNote;

/**
 * The last return of a case, kept on the case so that the unit that must act reads what to fix: the
 * reason and each note on an outline section or an indicator (checked against the plan's outline).
 * It stays on the case when the next version arrives, so the reviewer can check the corrections.
 *
 * @param version the version that was returned
 * @param level   the level that returned it
 */
public record CaseReturn(int version, int level, String levelUnitCode, String returnedBy, Instant returnedAt, String reason,
                         List<ReturnNote> notes) {

    public CaseReturn {
        notes = ImmutableLists.copyOrEmpty(notes);
    }
}
