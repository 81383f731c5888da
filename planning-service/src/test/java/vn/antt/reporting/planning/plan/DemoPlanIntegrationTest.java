package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The demo profile publishes plan 119/KH-UBND and its outline as the seeds record them: deadline
 * before 10/6/2025 (ICT), the 170 communes of Quảng Ngãi and its reporting units expected.
 * Same configuration as UnitDirectoryIntegrationTest, so both share one running service.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=planning-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class DemoPlanIntegrationTest {

    /** The ids the demo files give (demo/plan-119.json, demo/outline-357.json, demo/plan-510.json, demo/outline-510.json). */
    static final String PLAN_119 = ReportSubmittedMother.PLAN_119;
    static final String OUTLINE_357 = OutlineMother.OUTLINE_357;
    static final String PLAN_510 = "kh-minh-hoa-510-2025-qng";
    static final String OUTLINE_510 = "de-cuong-danh-gia-phong-trao-510";

    @LocalServerPort
    int port;

    @Test
    void plan119IsPublishedWithItsDeadlineAndTheProvincesUnits() {
        List<EventEnvelope<PlanPublished>> plans = KafkaEvents.await(Topics.PLANS, PlanPublished.class,
                p -> p.planId().equals(PLAN_119), 1, Duration.ofSeconds(30));
        assertThat(plans).isNotEmpty();
        PlanPublished plan = plans.get(0).data();

        assertThat(plan.letter().number()).isEqualTo("119/KH-UBND");
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.letter().deadline()).isEqualTo(PlanMother.DEADLINE_119);
        assertThat(plan.letter().deadline().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime())
                .hasToString("2025-06-10T00:00");
        List<ExpectedUnit> communes = plan.expectedUnits().stream().filter(u -> u.kind().equals("COMMUNE")).toList();
        assertThat(communes).hasSize(170);
        assertThat(plan.expectedUnits()).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo(Units.TINH_SON);
            assertThat(unit.name()).isEqualTo("Xã Tịnh Sơn");
            assertThat(unit.ancestry()).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
        });
        assertThat(plan.expectedUnits()).anySatisfy(unit -> assertThat(unit.kind()).isNotIn("COMMUNE", "DISTRICT", "PROVINCE"));
        assertThat(plan.expectedUnits()).noneSatisfy(unit -> assertThat(unit.kind()).isIn("DISTRICT", "PROVINCE"));
    }

    @Test
    void itsOutlineIsTheOneTheSubmissionsFollow() {
        List<EventEnvelope<OutlinePublished>> outlines = KafkaEvents.await(Topics.OUTLINES, OutlinePublished.class,
                o -> o.outlineId().equals(OUTLINE_357), 1, Duration.ofSeconds(30));
        assertThat(outlines).isNotEmpty();
        // Seed 001's outline with the indicators of seed 000, as the other services' tests know it.
        assertThat(outlines.get(0).data()).isEqualTo(OutlineMother.outline357());
    }

    @Test
    void theDecision510OutlineIsPublishedAndItsPlanWaitsAsADraft() {
        List<EventEnvelope<OutlinePublished>> outlines = KafkaEvents.await(Topics.OUTLINES, OutlinePublished.class,
                o -> o.outlineId().equals(OUTLINE_510), 1, Duration.ofSeconds(30));
        assertThat(outlines).hasSize(1);
        assertThat(outlines.get(0).data().indicators()).anySatisfy(indicator ->
                assertThat(indicator.categories()).containsExactly("Xuất sắc", "Khá", "Trung bình", "Yếu"));

        ApiClient.Response draft = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"))
                .get("/api/plans/" + PLAN_510);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().path("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.json().path("outlineId").asString()).isEqualTo(OUTLINE_510);
        assertThat(KafkaEvents.await(Topics.PLANS, PlanPublished.class, p -> p.planId().equals(PLAN_510), 1,
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void plan119WasIssuedThroughTheAuditedPath() {
        ApiClient.Response audit = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"))
                .get("/api/plans/" + PLAN_119 + "/audit");
        assertThat(audit.json().valueStream().map(e -> e.path("action").asString()).toList()).containsExactly("CREATE", "ISSUE");
    }
}
