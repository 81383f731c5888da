package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.TwoLevelQuangNgai;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * A plan issued after the reform of 1/7/2025 (commune → province, no district): two communes directly under the
 * province submit 100 and 50 sessions; the province's roll-up has the two communes as its children, each with its own
 * figure, and sums them (150 from 2 units), figures computed here by hand.
 */
class TwoLevelRollupIntegrationTest extends AggregationApiTest {

    private static final String SESSIONS = "propaganda.sessions";

    @Test
    void theProvinceRollupOfAPostReformPlanHasItsCommunesAsChildren() {
        TwoLevelQuangNgai.directory().forEach(KafkaEvents::publish);
        String planId = "kh-05-2026-" + UUID.randomUUID().toString().substring(0, 8);
        PlanPublished plan = publish(TwoLevelQuangNgai.plan2026(planId).outline(OUTLINE_ID).build());
        assertThat(plan.letter().issuedOn()).isEqualTo(TwoLevelQuangNgai.ISSUED_2026);
        submit(planId, TwoLevelQuangNgai.baGia(), 100);
        submit(planId, TwoLevelQuangNgai.truongGiang(), 50);

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode sessions = QuangNgaiRollupIntegrationTest.indicator(province.get(path(planId, Units.QUANG_NGAI)).json(), SESSIONS);
            assertThat(sessions.get("provisional").get("text").asString()).isEqualTo("150 lượt");
            assertThat(sessions.get("provisional").get("units").asLong()).isEqualTo(2);
        });
        JsonNode rollup = province.get(path(planId, Units.QUANG_NGAI)).json();
        assertThat(rollup.get("counts").get("expected").asLong()).isEqualTo(2);
        assertThat(rollup.get("children").valueStream().map(c -> c.get("code").asString() + " " + c.get("name").asString()
                + " " + c.get("unit").asBoolean() + " " + c.get("figures").get(SESSIONS).asString()))
                .containsExactlyInAnyOrder(
                        TwoLevelQuangNgai.BA_GIA + " Xã Ba Gia true 100 lượt",
                        TwoLevelQuangNgai.TRUONG_GIANG + " Xã Trường Giang true 50 lượt");
        // A commune reads its own roll-up; another commune's is not its to read.
        assertThat(as(TwoLevelQuangNgai.BA_GIA, "CLERK").get(path(planId, TwoLevelQuangNgai.BA_GIA)).status()).isEqualTo(200);
        assertThat(as(TwoLevelQuangNgai.BA_GIA, "REVIEWER").get(path(planId, TwoLevelQuangNgai.TRUONG_GIANG)).status()).isEqualTo(403);
    }

    private static void submit(String planId, UnitRef unit, long sessions) {
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                .submissionId(planId + ":" + unit.code() + ":1").figures(List.of(FigureValue.exact(SESSIONS, sessions))).build());
    }
}
