package vn.antt.reporting.web.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.platform.time.PlatformTime;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.RollupInfo;
import vn.antt.reporting.web.api.StreamRelay;
import vn.antt.reporting.web.api.UnitInfo;
import vn.antt.reporting.web.api.UnitStandingInfo;
import vn.antt.reporting.web.signin.CurrentUser;
import vn.antt.reporting.web.view.ReportStanding;

/**
 * The dashboard of a plan at a node of my territory: counts and rates, indicator totals provisional and approved,
 * the comparison with last year, the nodes below to drill into (at the lowest level the units' own reports), charts
 * with their tables. Live: {@code /stream} relays the roll-up's stream (the browser holds no token) and the page
 * re-reads {@code /live}, the changing part, on each event.
 */
@Controller
record DashboardController(PlatformApi api, PlanOutlines plans, AccessPolicy access, StreamRelay relay, JsonMapper json,
                           Clock clock) {

    /** The plans that concern my unit, each with its dashboard, status board and alerts at my unit. */
    @GetMapping("/dashboard")
    String plans(CurrentUser me, Model model) {
        model.addAttribute("plans", api.list("/api/plans", PlanInfo[].class).stream()
                .filter(plan -> !"DRAFT".equals(plan.state())).toList());
        return "dashboard/plans";
    }

    @GetMapping("/dashboard/{planId}/{node}")
    String page(CurrentUser me, @PathVariable String planId, @PathVariable String node,
                @RequestParam(required = false) String kind, Model model) {
        show(model, view(me, planId, node, kind), kind);
        return "dashboard/index";
    }

    /** The part of the page that changes, re-read by the page on each relayed event. */
    @GetMapping("/dashboard/{planId}/{node}/live")
    String live(CurrentUser me, @PathVariable String planId, @PathVariable String node,
                @RequestParam(required = false) String kind, Model model) {
        show(model, view(me, planId, node, kind), kind);
        return "dashboard/index :: live";
    }

    @GetMapping(path = "/dashboard/{planId}/{node}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser me, @PathVariable String planId, @PathVariable String node,
                      @RequestParam(required = false) String kind,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(name = "lastEventId", required = false) String resumeFrom,
                      HttpServletRequest request, HttpServletResponse response) {
        requireWatch(me, node);
        String path = "/api/dashboards/{planId}/nodes/{node}/stream" + (blank(kind) ? "" : "?kind={kind}");
        Object[] variables = blank(kind) ? new Object[] {planId, node} : new Object[] {planId, node, kind};
        // Only the id goes to the browser: the page re-reads its part with the session, never the data in the event.
        return relay.relay(request, response, blank(lastEventId) ? resumeFrom : lastEventId,
                event -> SseEmitter.event().id(event.id()).name(event.name()).data(event.id() == null ? "" : event.id()),
                path, variables);
    }

    private void show(Model model, DashboardView view, String kind) {
        model.addAttribute("view", view);
        model.addAttribute("chartsJson", json.writeValueAsString(view.charts()));
        model.addAttribute("kind", kind == null ? "" : kind);
    }

    private DashboardView view(CurrentUser me, String planId, String node, String kind) {
        UnitInfo unit = requireWatch(me, node);
        RollupInfo rollup = blank(kind)
                ? api.get("/api/rollups/{planId}/nodes/{node}", RollupInfo.class, planId, node)
                : api.get("/api/rollups/{planId}/nodes/{node}?kind={kind}", RollupInfo.class, planId, node, kind);
        Iterable<String> kinds = blank(kind) ? rollup.byKind().keySet()
                : api.get("/api/rollups/{planId}/nodes/{node}", RollupInfo.class, planId, node).byKind().keySet();
        List<String> ancestry = unit == null || unit.ancestry() == null ? List.of() : new ArrayList<>(unit.ancestry());
        List<UnitStandingInfo> units = api.list("/api/rollups/{planId}/nodes/{node}/units", UnitStandingInfo[].class, planId, node)
                .stream().filter(u -> blank(kind) || kind.equals(u.kind())).toList();
        return DashboardView.of(rollup, ancestry, me.unitCode(), plans::unitName,
                code -> ReportStanding.of(false, plans.versions(planId, code), plans::unitName), kinds)
                .withOverTime(SubmissionsOverTime.of(units, rollup.deadline(), PlatformTime.today(clock)));
    }

    private UnitInfo requireWatch(CurrentUser me, String node) {
        UnitInfo unit = plans.unit(node);
        access.require(access.mayWatchNode(me, node, unit.ancestry() == null ? List.of() : unit.ancestry()),
                "the dashboard of a node outside my unit's subtree");
        return unit;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
