package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.TwoLevelQuangNgai;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.testsupport.TestTokens;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * The reform reaches this service's directory while a plan of 28/5/2025 is being rolled up: Sơn Tịnh and its communes
 * end on 30/6/2025 and Tịnh Sơn's code names another commune from 1/7/2025. The plan's roll-ups (the province, the
 * district, the commune: names, children, figures, counts) stay exactly as they were, being read as of its issue date.
 */
class ReformKeepsPlan119RollupIntegrationTest extends AggregationApiTest {

    private static final String SESSIONS = "propaganda.sessions";
    private static final LocalDate PLAN_119_ISSUED = LocalDate.of(2025, 5, 28);

    @Test
    void aPreReformPlansRollupsAreTheSameAfterTheReform() {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, List.of(Units.tinhSon(), Units.tinhHa(), Units.sonTinh())).chain("DISTRICT", "PROVINCE").build());
        submit(planId, Units.tinhSon(), 100);
        submit(planId, Units.tinhHa(), 50);
        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(QuangNgaiRollupIntegrationTest.indicator(
                province.get(path(planId, Units.QUANG_NGAI)).json(), SESSIONS).get("provisional").get("text").asString())
                .isEqualTo("150 lượt"));
        Map<String, JsonNode> before = rollups(planId);

        TwoLevelQuangNgai.reformOfSonTinh().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.TINH_SON, TwoLevelQuangNgai.REFORM).isPresent()
                && TwoLevelQuangNgai.REFORM.equals(directory.find(Units.TINH_SON, PLAN_119_ISSUED).orElseThrow().validTo())
                && TwoLevelQuangNgai.REFORM.equals(directory.find(Units.SON_TINH, PLAN_119_ISSUED).orElseThrow().validTo()));
        assertThat(directory.find(Units.TINH_SON).orElseThrow().name()).isEqualTo("Xã Sơn Tịnh");

        Map<String, JsonNode> after = rollups(planId);
        assertThat(after).isEqualTo(before);
        assertThat(after.get(Units.TINH_SON).get("nodeName").asString()).isEqualTo("Xã Tịnh Sơn");
        assertThat(after.get(Units.SON_TINH).get("nodeName").asString()).isEqualTo("Huyện Sơn Tịnh");
        assertThat(as(Units.SON_TINH, "REVIEWER").get(path(planId, Units.TINH_SON)).status()).isEqualTo(200);

        // The code 21217 names Xã Sơn Tịnh now: its clerk (unit_version 21217@2025-07-01) does not read Xã Tịnh Sơn's
        // roll-up of plan 119, nor its alerts; Xã Tịnh Sơn's clerk (the code's first version) still does.
        ApiClient sonTinhClerk = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh.xa", Units.TINH_SON,
                Map.of("unit_version", UnitChanged.laterVersionKey(Units.TINH_SON, TwoLevelQuangNgai.REFORM)), "CLERK"));
        assertThat(sonTinhClerk.get(path(planId, Units.TINH_SON)).status()).isEqualTo(403);
        assertThat(as(Units.TINH_SON, "CLERK").get(path(planId, Units.TINH_SON)).status()).isEqualTo(200);
    }

    /** The roll-ups and status boards of the plan's nodes, without the instant they were computed at. */
    private Map<String, JsonNode> rollups(String planId) {
        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        Map<String, JsonNode> rollups = List.of(Units.QUANG_NGAI, Units.SON_TINH, Units.TINH_SON).stream().collect(Collectors.toMap(
                node -> node, node -> {
                    ObjectNode rollup = (ObjectNode) province.get(path(planId, node)).json();
                    rollup.remove("asOf");
                    return rollup;
                }));
        rollups.put("board", province.get(path(planId, Units.QUANG_NGAI) + "/units").json());
        return rollups;
    }

    private static void submit(String planId, UnitRef unit, long sessions) {
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                .submissionId(planId + ":" + unit.code() + ":1").figures(List.of(FigureValue.exact(SESSIONS, sessions))).build());
    }
}
