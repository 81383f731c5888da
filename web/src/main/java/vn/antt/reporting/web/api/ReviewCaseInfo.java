package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;

/** A unit's report in its review chain, as review-service shows it. */
public record ReviewCaseInfo(String id, String planId, UnitRef unit, String state, String submissionId, int version, List<Level> levels,
                             int currentLevel, String currentReviewer, List<String> acceptedBy, Instant waitingSince, Instant dueAt,
                             List<String> warnings, List<FigureValue> figures) {

    public ReviewCaseInfo {
        levels = levels == null ? List.of() : levels;
        warnings = warnings == null ? List.of() : warnings;
        figures = figures == null ? List.of() : figures;
        acceptedBy = acceptedBy == null ? List.of() : acceptedBy;
    }

    /** One level of the chain: 1 = first reviewer (the district), with its unit. */
    public record Level(int level, String unitCode, String kind) {
    }

    public List<String> levelUnitCodes() {
        return levels.stream().map(Level::unitCode).toList();
    }

    /** Whether a reviewer may act in this state (SUBMITTED, or ACCEPTED below the top). */
    public boolean awaitsReviewer() {
        return "SUBMITTED".equals(state) || "ACCEPTED".equals(state);
    }
}
