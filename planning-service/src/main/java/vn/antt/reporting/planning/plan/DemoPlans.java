package vn.antt.reporting.planning.plan;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.antt.reporting.planning.outline.OutlineService;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Demo profile, after the demo units: the two real outlines of the seeds and plan 119/KH-UBND, issued
 * through the same service as the API (validated, audited, published by the outbox relay). What exists
 * already is left as it is, so a restart changes nothing. The Decision 510 evaluation plan stays a draft
 * for a newcomer to issue.
 */
@Component
@Profile("demo")
@Order(1)
class DemoPlans implements ApplicationRunner {

    /** The demo acts as the province's administrator, as a person would through the API. */
    static final Caller PROVINCE_ADMIN = new Caller("demo-loader", DemoPlan119.PROVINCE, Set.of(Role.ADMIN));
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final OutlineService outlines;
    private final PlanService plans;

    DemoPlans(OutlineService outlines, PlanService plans) {
        this.outlines = outlines;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        outlines.storeIfAbsent(DemoPlan119.outline(), PROVINCE_ADMIN);
        outlines.storeIfAbsent(DemoOutline510.outline(), PROVINCE_ADMIN);
        if (plans.findOptional(DemoPlan119.PLAN_ID).isEmpty()) {
            plans.create(DemoPlan119.request(), PROVINCE_ADMIN);
        }
        Plan plan = plans.find(DemoPlan119.PLAN_ID);
        if (plan.state() == PlanState.DRAFT) {
            plan = plans.issue(DemoPlan119.PLAN_ID, "Dữ liệu minh họa", PROVINCE_ADMIN);
        }
        if (plans.findOptional(DemoPlan510.PLAN_ID).isEmpty()) {
            plans.create(DemoPlan510.request(), PROVINCE_ADMIN);
        }
        log.info("Demo plan {} ({}) {} with {} expected units; plan {} is a draft", plan.number(), plan.planId(), plan.state(),
                plan.expectedUnits().size(), DemoPlan510.PLAN_ID);
    }
}
