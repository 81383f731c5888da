package vn.antt.reporting.submission.submission;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.testsupport.KafkaEvents;

/** Publishes plans and the outline of plan 119 as planning-service would, and waits for the read models. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    public static void publishOutline357(Outlines outlines) {
        KafkaEvents.publish(OutlineMother.outline357());
        await().atMost(Duration.ofSeconds(30)).until(() -> outlines.find(OutlineMother.OUTLINE_357, 1).isPresent());
    }

    public static void publish(Plans plans, PlanPublished plan) {
        KafkaEvents.publish(plan);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> plans.find(plan.planId()).map(p -> p.revision() >= plan.revision()).orElse(false));
    }

    /** Plan 119 under another id, so that tests do not share versions. */
    public static String plan119As(Plans plans, String planId) {
        publish(plans, PlanMother.plan119().id(planId).build());
        return planId;
    }
}
