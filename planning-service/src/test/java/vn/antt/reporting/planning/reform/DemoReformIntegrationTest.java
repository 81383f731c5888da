package vn.antt.reporting.planning.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.DemoFiles;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The demo across the reform (profiles demo and demo-2026), as {@code ./run-local.sh} starts it: the pre-reform Quảng
 * Ngãi and, through the same importer, the province after 1/7/2025 (demo/quang-ngai-2025-units.json: 96 communes
 * directly under it, with their predecessors). Plan 119 is published exactly as with the demo alone; plan MH-05/KH-UBND
 * of 2026, on plan 119's outline and compared with it, is issued for the 96 communes valid on its issue date, each
 * reviewed by the province. Scratch topics of this class, so that the other tests' demo topics stay as they are.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo", "demo-2026"})
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.unitDirectory-out-0.destination=demo-2026-test-unit-directory",
        "spring.cloud.stream.bindings.plans-out-0.destination=demo-2026-test-plans",
        "spring.cloud.stream.bindings.outlines-out-0.destination=demo-2026-test-outlines"})
class DemoReformIntegrationTest {

    static final String PLANS = "demo-2026-test-plans";
    static final JsonNode PLAN_2026 = DemoFiles.tree(DemoFiles.PLAN_2026);
    static final LocalDate ISSUED_2026 = LocalDate.parse(PLAN_2026.path("issuedOn").asString());

    @LocalServerPort
    int port;

    private ApiClient provinceAdmin() {
        return ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
    }

    private JsonNode get(String path) {
        ApiClient.Response response = provinceAdmin().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private PlanPublished published(String planId) {
        List<EventEnvelope<PlanPublished>> plans = KafkaEvents.await(PLANS, PlanPublished.class, p -> p.planId().equals(planId), 1,
                Duration.ofSeconds(60));
        assertThat(plans).as(planId).isNotEmpty();
        return plans.get(plans.size() - 1).data();
    }

    @Test
    void plan119IsPublishedAsWithThePreReformDemoAlone() {
        PlanPublished plan = published(PlanMother.plan119().build().planId());

        assertThat(plan.letter().number()).isEqualTo("119/KH-UBND");
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.letter().deadline()).isEqualTo(PlanMother.DEADLINE_119);
        assertThat(plan.expectedUnits().stream().filter(u -> u.kind().equals("COMMUNE"))).hasSize(170);
        assertThat(plan.expectedUnits()).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo(Units.TINH_SON);
            assertThat(unit.name()).isEqualTo("Xã Tịnh Sơn");
            assertThat(unit.ancestry()).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
        });
        // Code 21061 named Xã Bình Trị when plan 119 was issued; Xã Vạn Tường from 1/7/2025.
        assertThat(plan.expectedUnits()).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo("21061");
            assertThat(unit.name()).isEqualTo("Xã Bình Trị");
            assertThat(unit.ancestry()).containsExactly(Units.QUANG_NGAI, Units.BINH_SON);
        });
        assertThat(plan.expectedUnits()).noneSatisfy(unit -> assertThat(unit.kind()).isIn("DISTRICT", "PROVINCE"));
    }

    @Test
    void thePlanOf2026IsIssuedForThe96CommunesOfItsIssueDateReviewedByTheProvince() {
        PlanPublished plan = published(PLAN_2026.path("planId").asString());

        assertThat(plan.letter().number()).isEqualTo("MH-05/KH-UBND");
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.letter().issuedOn()).isEqualTo(ISSUED_2026).isAfter(LocalDate.of(2025, 6, 30));
        assertThat(plan.comparisonPlanId()).isEqualTo("kh-119-2025-qng");
        assertThat(plan.outlineId()).isEqualTo(OutlineMother.OUTLINE_357);
        assertThat(plan.reviewChains()).containsExactly(new ReviewChain("COMMUNE", List.of("PROVINCE")));

        JsonNode communes = get("/api/units?parent=" + Units.QUANG_NGAI + "&kind=COMMUNE&size=5000&asOf=" + ISSUED_2026);
        assertThat(communes.path("total").asLong()).isEqualTo(96);
        Set<String> validOnIssue = communes.path("items").valueStream().map(u -> u.path("code").asString())
                .collect(Collectors.toSet());
        assertThat(plan.expectedUnits()).hasSize(96);
        assertThat(plan.expectedUnits().stream().map(ExpectedUnit::code).collect(Collectors.toSet())).isEqualTo(validOnIssue);
        assertThat(plan.expectedUnits()).allSatisfy(unit -> {
            assertThat(unit.kind()).isEqualTo("COMMUNE");
            assertThat(unit.ancestry()).containsExactly(Units.QUANG_NGAI);
        });
        assertThat(plan.expectedUnits()).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo("21061");
            assertThat(unit.name()).isEqualTo("Xã Vạn Tường");
        });
        assertThat(plan.expectedUnits()).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo("23377");
            assertThat(unit.name()).isEqualTo("Xã Bờ Y");
        });
        assertThat(get("/api/units?parent=" + Units.QUANG_NGAI + "&kind=DISTRICT&asOf=" + ISSUED_2026).path("total").asLong()).isZero();
        assertThat(get("/api/plans/" + plan.planId() + "/audit").valueStream().map(e -> e.path("action").asString()).toList())
                .containsExactly("CREATE", "ISSUE");
    }

    @Test
    void theNewCommunesAreLinkedToTheirPreReformPredecessors() {
        // Xã Vạn Tường: "Xã Bình Thuận, Xã Bình Đông, Xã Bình Trị, Xã Bình Hải, Xã Bình Hòa, Xã Bình Phước".
        JsonNode vanTuong = get("/api/units/21061/links?asOf=" + ISSUED_2026);
        assertThat(vanTuong.path("predecessors").valueStream().map(l -> l.path("predecessorKey").asString()))
                .containsExactlyInAnyOrder("21043", "21049", "21061", Units.BINH_HAI, "21079", "21073");
        // Xã Sơn Tịnh (code 21220, Thị trấn Tịnh Hà's): Thị trấn Tịnh Hà, Xã Tịnh Bình, Xã Tịnh Sơn.
        JsonNode tinhSon = get("/api/units/" + Units.TINH_SON + "/links?asOf=" + PlanMother.plan119().build().letter().issuedOn());
        assertThat(tinhSon.path("successors").valueStream().map(l -> l.path("successorKey").asString()))
                .containsExactly(Units.TINH_HA + "@2025-07-01");
        // The pre-reform units end on 30/6/2025: Xã Tịnh Sơn (21217) as plan 119 knew it.
        JsonNode old = get("/api/units/" + Units.TINH_SON + "?asOf=" + PlanMother.plan119().build().letter().issuedOn());
        assertThat(old.path("name").asString()).isEqualTo("Xã Tịnh Sơn");
        assertThat(old.path("validTo").asString()).isEqualTo("2025-07-01");
    }
}
