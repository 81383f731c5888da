package vn.antt.reporting.aggregation.rollup;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.submission.FigureValue;

/**
 * What the events said about one version of a unit's report. Every field only ever goes from unknown to known
 * (a flag from false to true, a set grows), whichever event arrives first, so applying the events in any
 * order, any number of times, gives the same facts.
 *
 * @param submitted      a ReportSubmitted for this version was seen (then {@code figures} are known)
 * @param acceptedBy     the reviewing units that accepted it
 * @param acceptedLevels the levels (1 = first reviewer) that accepted it
 * @param returned       a reviewer returned it
 * @param finalized      it passed the top of its chain
 */
public record VersionFacts(
        int version,
        String submissionId,
        Instant submittedAt,
        Boolean late,
        List<FigureValue> figures,
        Boolean submitted,
        Boolean withdrawn,
        List<String> acceptedBy,
        List<Integer> acceptedLevels,
        Boolean returned,
        Boolean finalized) {

    /** A fact no event has stated yet is false (the flags are boxed because the stored document lacks them). */
    public VersionFacts {
        late = Boolean.TRUE.equals(late);
        submitted = Boolean.TRUE.equals(submitted);
        withdrawn = Boolean.TRUE.equals(withdrawn);
        returned = Boolean.TRUE.equals(returned);
        finalized = Boolean.TRUE.equals(finalized);
        figures = ImmutableLists.copyOrEmpty(figures);
        acceptedBy = ImmutableLists.copyOrEmpty(acceptedBy);
        acceptedLevels = ImmutableLists.copyOrEmpty(acceptedLevels);
    }

    public boolean accepted() {
        return !acceptedBy.isEmpty() || finalized;
    }
}
