package vn.antt.reporting.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.planning.outline.OutlineService;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Demo profile, after the demo units: the outlines and plans of {@link DemoPlansProperties} (by default the two real
 * outlines of the seeds, plan 119/KH-UBND issued and the Decision 510 evaluation plan left as a draft for a newcomer to
 * issue), through the same service as the API (validated, audited, published by the outbox relay). What exists
 * already is left as it is, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(1)
record DemoPlans(OutlineService outlines, PlanService plans, DemoPlansProperties properties, ResourceLoader resources,
                 JsonMapper json) implements ApplicationRunner {

    static final String REASON = "Dữ liệu minh họa";
    /** The demo is Quảng Ngãi's: its administrator stores the outlines. */
    static final String PROVINCE = "51";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    /** The demo acts as the administrator of the plan's province (its recipient), as a person would through the API. */
    static Caller administratorOf(String unitCode) {
        return new Caller("demo-loader", unitCode, Set.of(Role.ADMIN));
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (String location : properties.outlines()) {
            OutlinePublished outline = read(location, OutlinePublished.class);
            outlines.storeIfAbsent(outline, administratorOf(PROVINCE));
        }
        List<String> summary = new ArrayList<>();
        for (String location : properties.issued()) {
            Plan plan = createIfAbsent(read(location, PlanRequest.class));
            if (plan.state() == PlanState.DRAFT) {
                plan = plans.issue(plan.planId(), REASON, administratorOf(plan.letter().issuingUnitCode()));
            }
            summary.add(plan.letter().number() + " (" + plan.planId() + ") " + plan.state() + " with " + plan.expectedUnits().size()
                    + " expected units");
        }
        for (String location : properties.drafts()) {
            Plan plan = createIfAbsent(read(location, PlanRequest.class));
            summary.add(plan.letter().number() + " (" + plan.planId() + ") " + plan.state());
        }
        log.info("Demo plans: {}", String.join("; ", summary));
    }

    private Plan createIfAbsent(PlanRequest request) {
        return plans.findOptional(request.planId())
                .orElseGet(() -> plans.create(request, administratorOf(request.recipientUnitCode())));
    }

    private <T> T read(String location, Class<T> type) throws IOException {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return json.readValue(in, type);
        }
    }
}
