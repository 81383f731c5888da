package vn.antt.reporting.aggregation.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.PlanPublished;

/**
 * Everything a node's Excel roll-up shows, computed before a cell is written.
 *
 * @param rollup        the node's roll-up over every unit below it
 * @param kinds         the node's roll-up per kind of unit, in the order the kinds first appear
 * @param units         the expected units at or below the node, in the plan's order
 * @param contributions what each of them contributed, by unit code (absent: nothing yet)
 * @param names         names of units and their ancestors
 */
public record RollupExport(PlanPublished plan, NodeRollup rollup, Map<String, NodeRollup> kinds, List<Indicator> indicators,
                           List<ExpectedUnit> units, Map<String, Contribution> contributions, Function<String, String> names) {
}
