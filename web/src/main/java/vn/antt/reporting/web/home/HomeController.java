package vn.antt.reporting.web.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.DraftView;
import vn.antt.reporting.web.api.EffectiveDeadline;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ReviewCaseInfo;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.api.SubmissionInfo;
import vn.antt.reporting.web.api.UnitInfo;
import vn.antt.reporting.web.signin.CurrentUser;
import vn.antt.reporting.web.view.ReportStanding;

/**
 * The home page: the plans that concern my unit, each with my effective deadline and the time left, where my report
 * stands, and for reviewers how many reports wait for my level; links to every page I may use.
 */
@Controller
record HomeController(PlatformApi api, PlanOutlines plans, AccessPolicy access) {

    @GetMapping("/")
    String home(CurrentUser me, Model model) {
        UnitInfo unit = unit(me.unitCode());
        List<PlanRow> rows = new ArrayList<>();
        for (PlanInfo plan : api.list("/api/plans", PlanInfo[].class)) {
            if (!"DRAFT".equals(plan.state())) {
                rows.add(row(me, unit, plan));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("unit", unit);
        return "home/index";
    }

    /**
     * One plan as my unit sees it: what it asks, its outline, my deadline and my report (the page the e-mails about an
     * issued or amended plan link to). planning-service decides whether I may read it.
     */
    @GetMapping("/plans/{planId}")
    String plan(@PathVariable String planId, CurrentUser me, Model model) {
        PlanInfo plan = plans.plan(planId);
        UnitInfo unit = unit(me.unitCode());
        model.addAttribute("row", row(me, unit, plan));
        model.addAttribute("outline", plans.outline(plan));
        model.addAttribute("unit", unit);
        return "home/plan";
    }

    private PlanRow row(CurrentUser me, UnitInfo unit, PlanInfo plan) {
        boolean hasSubUnits = unit != null && !"COMMUNE".equals(unit.kind());
        Instant deadline = plan.deadline();
        String source = "Hạn của kế hoạch";
        ReportStanding standing = null;
        if (me.isClerk()) {
            EffectiveDeadline effective = effectiveDeadline(plan.planId(), me.unitCode());
            if (effective != null) {
                deadline = effective.deadline();
                source = switch (effective.source()) {
                    case "INTERNAL" -> "Hạn nội bộ do " + plans.unitName(effective.setBy()) + " đặt";
                    case "EXTENSION" -> "Hạn đã được gia hạn";
                    default -> "Hạn của kế hoạch";
                };
            }
            boolean hasDraft = api.find("/api/drafts/{planId}/{unitCode}", DraftView.class, plan.planId(), me.unitCode()).isPresent();
            List<SubmissionInfo> versions = plans.versions(plan.planId(), me.unitCode());
            standing = ReportStanding.of(hasDraft, versions, plans::unitName);
        }
        Integer waiting = null;
        if (access.mayReview(me)) {
            waiting = (int) api.list("/api/review-cases/worklist?planId={planId}", ReviewCaseInfo[].class, plan.planId()).stream()
                    .filter(c -> access.mayActOnCase(me, c.levelUnitCodes(), c.currentLevel(), c.awaitsReviewer())).count();
        }
        return new PlanRow(plan, deadline, source, standing, waiting, me.isClerk(), hasSubUnits && access.mayReadCompilation(me),
                hasSubUnits && me.isClerk());
    }

    private UnitInfo unit(String code) {
        try {
            return plans.unit(code);
        } catch (ServiceProblem unknown) {
            if (unknown.status() >= 500) {
                throw unknown;
            }
            return null;
        }
    }

    private EffectiveDeadline effectiveDeadline(String planId, String unitCode) {
        try {
            return api.get("/api/plans/{planId}/deadlines/{unitCode}", EffectiveDeadline.class, planId, unitCode);
        } catch (ServiceProblem notExpected) {
            if (notExpected.status() >= 500) {
                throw notExpected;
            }
            return null; // my unit is not among the plan's expected units (a level that compiles): the plan's deadline
        }
    }

    /**
     * One plan on the home page.
     *
     * @param standing  where my unit's report stands (clerks), else null
     * @param waiting   reports waiting for my level (reviewers), else null
     */
    record PlanRow(PlanInfo plan, Instant deadline, String deadlineSource, ReportStanding standing, Integer waiting,
                   boolean mayReport, boolean mayCompile, boolean mayBulkEnter) {
    }
}
