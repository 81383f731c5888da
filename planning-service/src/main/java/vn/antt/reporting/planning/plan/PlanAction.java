package vn.antt.reporting.planning.plan;

/** What can be done to a plan; each action leaves one audit entry. */
public enum PlanAction {
    CREATE, EDIT, ISSUE, AMEND, SET_INTERNAL_DEADLINE, GRANT_EXTENSION, CLOSE
}
