package vn.antt.reporting.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.UnitHistory;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

class RebuildIntegrationTest extends AggregationApiTest {

    @Test
    void aRebuildFromTheEventLogGivesExactlyTheLiveFiguresAndRepairsALostContribution() {
        String planId = "kh-119-" + UUID.randomUUID();
        List<UnitRef> units = QuangNgaiHierarchy.reportingUnits();
        publish(planOf(planId, units).build());
        List<UnitHistory> histories = UnitHistory.every(planId, units, new Random(7));
        UnitHistory.publishShuffledWithRepeats(histories, new Random(8));
        long submitted = histories.stream().filter(UnitHistory::submitted).count();

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        // Every event applied: the province's roll-up counts every submitted unit and stays the same for a second.
        AtomicReference<JsonNode> lastRead = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode now = withoutTime(province.get(path(planId, Units.QUANG_NGAI)).json());
            JsonNode before = lastRead.getAndSet(now);
            return now.equals(before) && now.at("/counts/submitted/count").asLong() == submitted;
        });
        JsonNode live = lastRead.get();

        ApiClient admin = as(Units.QUANG_NGAI, "ADMIN");
        ApiClient.Response verify = admin.post("/api/rollups/" + planId + "/rebuild", null);
        assertThat(verify.status()).as(verify.body()).isEqualTo(200);
        assertThat(verify.json().get("differences")).isEmpty();
        // The province, 11 districts, every reporting unit; huyện Sơn Tịnh is both a district and a reporting unit.
        assertThat(verify.json().get("nodesCompared").asLong()).isEqualTo(1 + 11 + units.size() - 1);
        assertThat(verify.json().get("nodesRecomputed").asLong()).isZero();
        assertThat(verify.json().get("contributions").asLong()).isEqualTo(
                mongo.count(Query.query(Criteria.where("planId").is(planId)), Contribution.class));

        // A contribution lost from the live store: the rebuild sees it, and puts it back with replace=true.
        mongo.remove(Query.query(Criteria.where("_id").is(Contribution.idOf(planId, Units.TINH_SON))), Contribution.class);
        ApiClient.Response damaged = admin.post("/api/rollups/" + planId + "/rebuild", null);
        assertThat(damaged.json().get("differences").toString()).contains("unit " + Units.TINH_SON, "node " + Units.QUANG_NGAI);
        // The province, huyện Sơn Tịnh and xã Tịnh Sơn itself: the only nodes whose roll-ups it computed.
        assertThat(damaged.json().get("nodesRecomputed").asLong()).isEqualTo(3);

        ApiClient.Response repaired = admin.post("/api/rollups/" + planId + "/rebuild?replace=true", null);
        assertThat(repaired.status()).isEqualTo(200);
        assertThat(repaired.json().get("replaced").asBoolean()).isTrue();
        assertThat(withoutTime(province.get(path(planId, Units.QUANG_NGAI)).json())).isEqualTo(withoutTime(live));
        assertThat(admin.post("/api/rollups/" + planId + "/rebuild", null).json().get("differences")).isEmpty();
    }

    @Test
    void onlyAnAdministratorOfThePlanRebuilds() {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, QuangNgaiHierarchy.reportingUnits()).build());
        assertThat(as(Units.QUANG_NGAI, "REVIEWER").post("/api/rollups/" + planId + "/rebuild", null).status()).isEqualTo(403);
        assertThat(as(Units.SON_TINH, "ADMIN").post("/api/rollups/" + planId + "/rebuild", null).status()).isEqualTo(403);
    }

    private static JsonNode withoutTime(JsonNode rollup) {
        JsonNode copy = rollup.deepCopy();
        ((ObjectNode) copy).remove("asOf");
        return copy;
    }
}
