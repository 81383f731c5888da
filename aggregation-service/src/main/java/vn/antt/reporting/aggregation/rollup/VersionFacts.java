package vn.antt.reporting.aggregation.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.contracts.submission.VersionEvent;

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

    /**
     * What one event says about its version, alone: the one definition of which facts each event adds. The ledger
     * writes them to the store ({@code $set}, {@code $addToSet}); a rebuild adds them in memory ({@link #plus}). Empty
     * for events that say nothing about what a unit reported (ReviewOverdue and later event types).
     */
    static Optional<VersionFacts> of(DomainEvent event) {
        if (!(event instanceof VersionEvent e)) {
            return Optional.empty();
        }
        if (event instanceof ReportSubmitted submitted) {
            return Optional.of(new VersionFacts(e.version(), e.submissionId(), submitted.submittedAt(), submitted.late(),
                    submitted.figures(), true, false, List.of(), List.of(), false, false));
        } else if (event instanceof ReportWithdrawn) {
            return Optional.of(new VersionFacts(e.version(), e.submissionId(), null, null, null, false, true, List.of(), List.of(),
                    false, false));
        } else if (event instanceof ReportAccepted accepted) {
            return Optional.of(new VersionFacts(e.version(), e.submissionId(), null, null, null, false, false,
                    List.of(accepted.levelUnitCode()), List.of(accepted.level()), false, accepted.finalAcceptance()));
        } else if (event instanceof ReportReturned) {
            return Optional.of(new VersionFacts(e.version(), e.submissionId(), null, null, null, false, false, List.of(), List.of(),
                    true, false));
        } else if (event instanceof ReportFinalized) {
            return Optional.of(new VersionFacts(e.version(), e.submissionId(), null, null, null, false, false, List.of(), List.of(),
                    false, true));
        }
        return Optional.empty();
    }

    /**
     * These facts and a later event's ({@link #of}), as the ledger's upsert leaves them in the store: the submission id
     * as the later event sets it, what a submission states from the submission, flags that became true, sets grown by
     * what they lacked, in the order added.
     */
    VersionFacts plus(VersionFacts later) {
        boolean fromLater = later.submitted;
        return new VersionFacts(version, later.submissionId, fromLater ? later.submittedAt : submittedAt,
                fromLater ? later.late : late, fromLater ? later.figures : figures, submitted || later.submitted,
                withdrawn || later.withdrawn, union(acceptedBy, later.acceptedBy), union(acceptedLevels, later.acceptedLevels),
                returned || later.returned, finalized || later.finalized);
    }

    private static <T> List<T> union(List<T> had, List<T> added) {
        if (had.containsAll(added)) {
            return had;
        }
        List<T> union = new ArrayList<>(had);
        added.stream().filter(a -> !had.contains(a)).forEach(union::add);
        return union;
    }
}
