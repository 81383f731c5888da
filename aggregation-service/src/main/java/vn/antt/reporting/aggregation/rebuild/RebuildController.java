package vn.antt.reporting.aggregation.rebuild;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antt.reporting.aggregation.access.AggregationAccess;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/rollups")
@Tag(name = "Số liệu tổng hợp")
class RebuildController {

    private final RollupService rollups;
    private final RollupRebuild rebuild;
    private final AggregationAccess access;

    RebuildController(RollupService rollups, RollupRebuild rebuild, AggregationAccess access) {
        this.rollups = rollups;
        this.rebuild = rebuild;
        this.access = access;
    }

    @PostMapping("/{planId}/rebuild")
    @Operation(summary = "Rebuild the plan's roll-ups from the event log from scratch and compare them with the live ones; "
            + "with replace=true the rebuilt ones become live. For an administrator of the plan's issuing or receiving unit.")
    RebuildReport rebuild(Caller caller, @PathVariable String planId, @RequestParam(defaultValue = "false") boolean replace) {
        String top = topOf(planId);
        PlanPublished plan = rollups.planWithNode(planId, top);
        access.requireRebuilder(caller, plan, top);
        return rebuild.rebuild(plan, replace);
    }

    /** The top node of the plan's tree: whoever may read it may read the whole plan. */
    private String topOf(String planId) {
        return rollups.plan(planId)
                .flatMap(p -> RollupService.nodesOf(p).stream().findFirst())
                .orElse(planId);
    }
}
