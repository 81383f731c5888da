package vn.antt.reporting.web.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.antt.reporting.web.api.DraftPresenceInfo;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.UnitStandingInfo;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * The status board of a plan at my unit: every expected unit of my subtree and where its report stands, the deadline
 * that applies to it, counts per state and per part of my territory, filters and sorting; overdue units stand out.
 */
@Controller
record StatusBoardController(PlatformApi api, PlanOutlines plans) {

    @GetMapping("/status/{planId}")
    String board(CurrentUser me, @PathVariable String planId, @RequestParam(required = false) String state,
                 @RequestParam(required = false) String part, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(required = false) String sort, Model model) {
        String node = me.unitCode(); // always my own unit's board: the service answers for my subtree only
        PlanInfo plan = plans.plan(planId);
        List<UnitStandingInfo> units = api.list("/api/rollups/{planId}/nodes/{node}/units", UnitStandingInfo[].class, planId, node);
        model.addAttribute("plan", plan);
        Set<String> drafting = api.list("/api/drafts/{planId}?under={node}", DraftPresenceInfo[].class, planId, node).stream()
                .map(DraftPresenceInfo::unitCode).collect(Collectors.toSet());
        model.addAttribute("board", StatusBoard.of(units, drafting, node, plans::unitName, state, part, overdue, sort));
        model.addAttribute("states", StatusBoard.STATES);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("part", part == null ? "" : part);
        model.addAttribute("overdue", overdue);
        model.addAttribute("sort", sort == null ? "" : sort);
        return "status/board";
    }
}
