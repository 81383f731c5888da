package vn.antt.reporting.aggregation.rollup;

/** The store refused the upsert of one event of a batch; the others were written. */
public class ContributionRefusedException extends RuntimeException {

    private final int position;

    ContributionRefusedException(int position, String reason) {
        super(reason);
        this.position = position;
    }

    ContributionRefusedException(int position, String reason, Throwable cause) {
        super(reason, cause);
        this.position = position;
    }

    /** The event's index in the batch given to {@link ContributionLedger#applyAll}. */
    public int position() {
        return position;
    }
}
