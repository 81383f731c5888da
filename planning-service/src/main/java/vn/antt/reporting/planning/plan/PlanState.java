package vn.antt.reporting.planning.plan;

import java.util.EnumSet;
import java.util.Set;

import vn.antt.reporting.contracts.planning.PlanStatus;

/** Where a plan stands in its life, and what each state allows. */
public enum PlanState {

    /** Being written by the issuing province; invisible to the reporting units, changed freely, never published. */
    DRAFT(EnumSet.of(PlanAction.EDIT, PlanAction.ISSUE)),
    /**
     * Issued: the expected units are fixed (the denominator of every rate). Only explicit amendments change
     * them; intermediate levels set internal deadlines and grant extensions; the issuer closes it.
     */
    ISSUED(EnumSet.of(PlanAction.AMEND, PlanAction.SET_INTERNAL_DEADLINE, PlanAction.GRANT_EXTENSION, PlanAction.CLOSE)),
    /** Closed: no more submissions and no more changes. */
    CLOSED(EnumSet.noneOf(PlanAction.class));

    private final Set<PlanAction> allowed;

    PlanState(Set<PlanAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(PlanAction action) {
        return allowed.contains(action);
    }

    /** Throws {@link PlanActionNotAllowedException} unless this state allows {@code action}. */
    public void require(String planId, PlanAction action) {
        if (!allows(action)) {
            throw new PlanActionNotAllowedException(planId, this, action);
        }
    }

    public Set<PlanAction> allowedActions() {
        return Set.copyOf(allowed);
    }

    public PlanStatus toStatus() {
        return PlanStatus.valueOf(name());
    }
}
