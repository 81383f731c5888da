package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * The acceptance shape of issue 16 through the real intake: two communes of Sơn Tịnh (Tịnh Sơn with its health
 * station under it, as the directory has it) submit "hơn 100" and 50 sessions; the district and the province read
 * "hơn 150 lượt" from 2 units. Tịnh Sơn's report is returned and resubmitted as exactly 120: "170 lượt", the new
 * version replacing the returned one.
 */
class AcceptanceRollupIntegrationTest extends AggregationApiTest {

    private static final String SESSIONS = "propaganda.sessions";

    @Test
    void twoCommunesAddUpAtTheDistrictAndTheProvinceAndAResubmissionReplacesTheReturnedVersion() {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, List.of(Units.tinhSon(), Units.tinhSonHealthStation(), Units.tinhHa(), Units.sonTinh()))
                .chain("DISTRICT", "PROVINCE").chain("HEALTH_STATION", "DISTRICT", "PROVINCE").build());
        ReportSubmitted tinhSon = submit(planId, Units.tinhSon(), 1,
                new FigureValue(SESSIONS, Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of()));
        submit(planId, Units.tinhHa(), 1, FigureValue.exact(SESSIONS, 50));

        awaitSessions(planId, "hơn 150 lượt", 2);

        KafkaEvents.publish(ReviewEventMother.returned(tinhSon, 1, Units.SON_TINH));
        submit(planId, Units.tinhSon(), 2, FigureValue.exact(SESSIONS, 120));

        awaitSessions(planId, "170 lượt", 2);
    }

    private void awaitSessions(String planId, String text, long units) {
        for (String node : List.of(Units.SON_TINH, Units.QUANG_NGAI)) {
            ApiClient reader = as(node, "REVIEWER");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode sessions = QuangNgaiRollupIntegrationTest.indicator(reader.get(path(planId, node)).json(), SESSIONS);
                assertThat(sessions.get("provisional").get("text").asString()).as(node).isEqualTo(text);
                assertThat(sessions.get("provisional").get("units").asLong()).as(node).isEqualTo(units);
            });
        }
    }

    private static ReportSubmitted submit(String planId, UnitRef unit, int version, FigureValue figure) {
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(version)
                .submissionId(planId + ":" + unit.code() + ":" + version).figures(List.of(figure)).build();
        KafkaEvents.publish(event);
        return event;
    }
}
