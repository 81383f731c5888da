package vn.antt.reporting.aggregation.rollup;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ReadModelApiTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Base of the aggregation-service API tests: the Quảng Ngãi directory and the outline of plan 119 (with a
 * classification indicator, as seed 003 writes it) published once; plans published and awaited per test.
 */
public abstract class AggregationApiTest extends ReadModelApiTest {

    /** Outline 357 of plan 119 plus the classification of hamlets (Xuất sắc / Khá / Trung bình / Yếu). */
    public static final String OUTLINE_ID = "de-cuong-357-phan-loai";

    @BeforeAll
    static void publishDirectoryAndOutline() {
        QuangNgaiHierarchy.directory().forEach(KafkaEvents::publish);
        KafkaEvents.publish(outline());
    }

    public static OutlinePublished outline() {
        List<Indicator> indicators = new ArrayList<>(OutlineMother.indicators357());
        indicators.add(new Indicator("hamlets.classification", "II.2.1", "Phân loại thôn, tổ dân phố", IndicatorType.CLASSIFICATION,
                "thôn", null, UnitHistory.CATEGORIES, false));
        return new OutlinePublished(OUTLINE_ID, 1, OutlineMother.outline357().title(),
                OutlineMother.sections357(), indicators, OutlineMother.rules357());
    }

    /** Publishes the plan and waits until the service knows it, the outline and the directory. */
    protected PlanPublished publish(PlanPublished plan) {
        KafkaEvents.publish(plan);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(plan.planId()).isPresent()
                && outlines.find(OUTLINE_ID, 1).isPresent() && directory.find("535").isPresent());
        return plan;
    }

    protected static PlanMother planOf(String planId, List<UnitRef> units) {
        return PlanMother.plan119().id(planId).outline(OUTLINE_ID).expected(units.stream().map(PlanMother::unit).toList());
    }

    protected static List<ExpectedUnit> expected(List<UnitRef> units) {
        return units.stream().map(PlanMother::unit).toList();
    }

    protected ApiClient as(String unit, String role) {
        return ApiClient.on(port).as(TestTokens.issue("user." + unit, unit, role));
    }

    protected static String path(String planId, String node) {
        return "/api/rollups/" + planId + "/nodes/" + node;
    }
}
