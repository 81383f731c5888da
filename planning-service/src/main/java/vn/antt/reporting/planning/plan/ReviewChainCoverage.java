package vn.antt.reporting.planning.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;
import vn.antt.reporting.platform.problem.FieldError;

/**
 * Whether a plan's review chains cover its expected units on a day: every expected unit's kind has a chain, and every
 * level of that chain is a unit above it in the directory as of that day. Each missing chain or level is reported
 * once.
 */
@Component
class ReviewChainCoverage {

    private final UnitQueries units;

    ReviewChainCoverage(UnitQueries units) {
        this.units = units;
    }

    void check(List<ReviewChain> chains, List<ExpectedUnit> expected, LocalDate day, List<FieldError> errors) {
        Map<String, ReviewChain> byKind = new HashMap<>();
        chains.forEach(chain -> byKind.put(chain.unitKind(), chain));
        Map<String, UnitKind> kinds = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ExpectedUnit unit : expected) {
            ReviewChain chain = byKind.get(unit.kind());
            if (chain == null) {
                if (reported.add("kind:" + unit.kind())) {
                    errors.add(new FieldError("reviewChains", "no review chain for units of kind " + unit.kind() + " (e.g. " + unit.code() + ")"));
                }
                continue;
            }
            for (String level : chain.levels()) {
                boolean found = unit.ancestry().stream().anyMatch(code ->
                        kinds.computeIfAbsent(code, c -> units.find(c, day).map(Unit::kind).orElse(null)) == PlanValidator.kind(level));
                if (!found && reported.add("level:" + unit.kind() + ":" + level)) {
                    errors.add(new FieldError("reviewChains", "unit " + unit.code() + " (" + unit.kind() + ") has no " + level
                            + " above it to review it"));
                }
            }
        }
    }
}
