package vn.antt.reporting.aggregation.rollup;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/rollups")
@Tag(name = "Số liệu tổng hợp", description = "Live roll-ups of a plan per unit of its hierarchy")
class RollupController {

    private final RollupService rollups;

    RollupController(RollupService rollups) {
        this.rollups = rollups;
    }

    @GetMapping("/{planId}/nodes/{node}")
    @Operation(summary = "Snapshot of a node's roll-up: counts and rates, provisional and approved sums, classifications, "
            + "comparison with the same period last year, the nodes below. A unit reads its own node and those below it.")
    NodeRollup node(Caller caller, @PathVariable String planId, @PathVariable String node,
                    @Parameter(description = "only the units of this kind, e.g. ENTERPRISE") @RequestParam(required = false) String kind,
                    @Parameter(description = "only the members of this group of the plan (its code, e.g. quan-ly-cap-huyen, listed in "
                            + "the roll-up's groups); with kind, the group's units of that kind") @RequestParam(required = false) String group) {
        return rollups.snapshot(caller, planId, node, kind, group);
    }

    @GetMapping("/{planId}/nodes/{node}/units")
    @Operation(summary = "The status board of a node: every expected unit at or below it with where its report stands "
            + "(NOT_SUBMITTED, SUBMITTED, AWAITING_NEXT_LEVEL, RETURNED, FINAL), the level it waits for, its effective deadline, "
            + "late and overdue. Same access as the snapshot.")
    List<UnitStanding> units(Caller caller, @PathVariable String planId, @PathVariable String node,
                             @Parameter(description = "only the units of this kind, e.g. ENTERPRISE") @RequestParam(required = false) String kind) {
        return rollups.standings(caller, planId, node, kind);
    }
}
