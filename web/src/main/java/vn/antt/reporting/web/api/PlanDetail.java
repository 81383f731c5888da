package vn.antt.reporting.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;

/**
 * A plan as planning-service's {@code PlanView} shows it to its administrators: every field a draft is written with,
 * the expected units once issued, and what its state allows next ({@code allowedActions}: EDIT, ISSUE, AMEND,
 * SET_INTERNAL_DEADLINE, GRANT_EXTENSION, CLOSE), which the pages ask instead of knowing the states.
 */
public record PlanDetail(String planId, long revision, String state, Set<String> allowedActions, String number,
                         String issuingUnitCode, String issuingBody, String signer, String signerTitle, LocalDate issuedOn,
                         String title, List<String> legalBasis, LocalDate periodFrom, LocalDate periodTo, Instant deadline,
                         String recipientUnitCode, String recipientName, String contact, List<Milestone> milestones,
                         boolean lockAtDeadline, String outlineId, int outlineVersion, String comparisonPlanId,
                         Participants participants, int expectedUnitCount, List<ExpectedUnit> expectedUnits,
                         List<ReviewChain> reviewChains, Duration reviewTime, boolean returnToSubmitter,
                         List<UnitDeadline> unitDeadlines, List<UnitGroup> groups, Instant createdAt) {

    public PlanDetail {
        allowedActions = allowedActions == null ? Set.of() : Set.copyOf(allowedActions);
        legalBasis = legalBasis == null ? List.of() : legalBasis;
        milestones = milestones == null ? List.of() : milestones;
        expectedUnits = expectedUnits == null ? List.of() : expectedUnits;
        reviewChains = reviewChains == null ? List.of() : reviewChains;
        unitDeadlines = unitDeadlines == null ? List.of() : unitDeadlines;
        groups = groups == null ? List.of() : groups;
        participants = participants == null ? new Participants(List.of(), List.of()) : participants;
    }

    /** Whether the plan's state allows the action (the service's own list; no state rule is repeated here). */
    public boolean allows(String action) {
        return allowedActions.contains(action);
    }

    /** Who reports: listed units and rules "every unit of these kinds below that unit". */
    public record Participants(List<String> units, List<Rule> rules) {

        public Participants {
            units = units == null ? List.of() : units;
            rules = rules == null ? List.of() : rules;
        }
    }

    public record Rule(String within, List<String> kinds) {

        public Rule {
            kinds = kinds == null ? List.of() : kinds;
        }
    }
}
