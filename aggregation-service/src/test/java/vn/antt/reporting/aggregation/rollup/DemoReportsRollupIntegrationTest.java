package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.DemoReformMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * The demo's reports across the reform (submission-service's demo/reports-reform.json, profile demo-2026), as the events
 * it publishes for them, counted in the roll-ups of copies of the two demo plans: plan 119 (four pre-reform communes of
 * Huyện Bình Sơn, of five expected there) and plan MH-05/KH-UBND of 2026 (three of the 96 communes of the province after
 * the reform, each a child of the province). Sums computed here by hand from the file: sessions "hơn 60" + "hơn 80" +
 * "hơn 55" + "hơn 110" = "hơn 305"; "hơn 40" + "hơn 52" + 36 = "hơn 128".
 */
class DemoReportsRollupIntegrationTest extends AggregationApiTest {

    private static final String SESSIONS = "propaganda.sessions";
    private static final List<String> BINH_SON_DISTRICT = List.of(Units.QUANG_NGAI, Units.BINH_SON);

    @Test
    void thePreReformReportsForPlan119AddUpAtTheirDistrictAndTheProvince() {
        String planId = "kh-119-demo-" + UUID.randomUUID().toString().substring(0, 8);
        PlanPublished plan = publish(PlanMother.plan119().id(planId).outline(OUTLINE_ID).expected(List.of(
                new ExpectedUnit("21040", "Thị trấn Châu Ổ", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21043", "Xã Bình Thuận", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21049", "Xã Bình Đông", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21061", "Xã Bình Trị", "COMMUNE", BINH_SON_DISTRICT),
                PlanMother.unit(Units.binhHai()))).build());
        DemoReformMother.reports("kh-119-2025-qng", plan).forEach(KafkaEvents::publish);

        for (String node : List.of(Units.BINH_SON, Units.QUANG_NGAI)) {
            ApiClient reader = as(node, "REVIEWER");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode rollup = reader.get(path(planId, node)).json();
                assertThat(rollup.at("/counts/expected").asLong()).as(node).isEqualTo(5);
                assertThat(rollup.at("/counts/submitted/count").asLong()).as(node).isEqualTo(4);
                JsonNode sessions = QuangNgaiRollupIntegrationTest.indicator(rollup, SESSIONS);
                assertThat(sessions.get("provisional").get("text").asString()).as(node).isEqualTo("hơn 305 lượt");
                assertThat(sessions.get("provisional").get("units").asLong()).as(node).isEqualTo(4);
            });
        }
    }

    @Test
    void theNewCommunesReportsFor2026AddUpAtTheProvinceEachAChildOfIt() {
        List<String> reporting = List.of("21025", "21040", "23377");
        DemoReformMother.directory2025(reporting).forEach(KafkaEvents::publish);
        String planId = "kh-2026-demo-" + UUID.randomUUID().toString().substring(0, 8);
        List<ExpectedUnit> communes = new ArrayList<>(DemoReformMother.communes2025());
        assertThat(communes).hasSize(96);
        PlanPublished plan = publish(PlanMother.demoPlan2026(communes).id(planId).outline(OUTLINE_ID).build());
        assertThat(plan.comparisonPlanId()).isEqualTo("kh-119-2025-qng");
        DemoReformMother.reports("kh-minh-hoa-05-2026-qng", plan).forEach(KafkaEvents::publish);

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode rollup = province.get(path(planId, Units.QUANG_NGAI)).json();
            assertThat(rollup.at("/counts/submitted/count").asLong()).isEqualTo(3);
            JsonNode sessions = QuangNgaiRollupIntegrationTest.indicator(rollup, SESSIONS);
            assertThat(sessions.get("provisional").get("text").asString()).isEqualTo("hơn 128 lượt");
            assertThat(sessions.get("provisional").get("units").asLong()).isEqualTo(3);
        });
        JsonNode rollup = province.get(path(planId, Units.QUANG_NGAI)).json();
        assertThat(rollup.at("/counts/expected").asLong()).isEqualTo(96);
        assertThat(rollup.get("children").valueStream().filter(c -> reporting.contains(c.get("code").asString()))
                .map(c -> c.get("code").asString() + " " + c.get("name").asString() + " " + c.get("figures").get(SESSIONS).asString()))
                .containsExactlyInAnyOrder("21025 Phường Cẩm Thành hơn 52 lượt", "21040 Xã Bình Sơn hơn 40 lượt", "23377 Xã Bờ Y 36 lượt");
        assertThat(rollup.get("children").size()).isEqualTo(96);
    }
}
