package vn.antt.reporting.aggregation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.aggregation.rollup.UnitHistory;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SseClient;
import vn.antt.reporting.testsupport.TestTokens;

class DashboardStreamIntegrationTest extends AggregationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DashboardStreams streams;

    @Test
    void aDashboardReceivesEachChangeResumesAfterADroppedConnectionAndHearsHeartbeats() throws Exception {
        String planId = "kh-119-" + UUID.randomUUID();
        List<UnitRef> units = QuangNgaiHierarchy.reportingUnits();
        publish(planOf(planId, units).build());
        String token = TestTokens.issue("canbo.sontinh", Units.SON_TINH, "REVIEWER");
        String url = "http://localhost:" + port + "/api/dashboards/" + planId + "/nodes/" + Units.SON_TINH + "/stream";

        String lastId;
        try (SseClient dashboard = new SseClient(url, token, null)) {
            assertThat(dashboard.status()).isEqualTo(200);
            SseClient.Event first = dashboard.next(Duration.ofSeconds(10));
            assertThat(first.name()).isEqualTo("rollup");
            assertThat(submitted(first)).isZero();

            KafkaEvents.publish(UnitHistory.of(planId, Units.tinhHa(), UnitHistory.Shape.SUBMITTED, new Random(1)).events().get(0));
            // Generous: the first test of a context may wait for the consumer group to be assigned its partitions.
            SseClient.Event update = dashboard.next(Duration.ofSeconds(45));
            assertThat(update).as("an update after the submission").isNotNull();
            assertThat(submitted(update)).isEqualTo(1);
            assertThat(update.id()).isNotEqualTo(first.id());
            assertThat(dashboard.comments.poll(5, TimeUnit.SECONDS)).isEqualTo("heartbeat");
            lastId = update.id();
        }

        // Reconnecting with the last id seen: nothing changed, so no event, only heartbeats.
        try (SseClient resumed = new SseClient(url, token, lastId)) {
            assertThat(resumed.comments.poll(5, TimeUnit.SECONDS)).isEqualTo("heartbeat");
            assertThat(resumed.events).isEmpty();
        }
        // A change while the dashboard was away: on reconnection it gets the current roll-up at once.
        KafkaEvents.publish(UnitHistory.of(planId, Units.tinhSon(), UnitHistory.Shape.SUBMITTED, new Random(2)).events().get(0));
        ApiClient district = as(Units.SON_TINH, "REVIEWER");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> district.get(path(planId, Units.SON_TINH)).json().at("/counts/submitted/count").asLong() == 2);
        try (SseClient resumed = new SseClient(url, token, lastId)) {
            SseClient.Event missed = resumed.next(Duration.ofSeconds(5));
            assertThat(missed).isNotNull();
            assertThat(submitted(missed)).isEqualTo(2);
        }
    }

    @Test
    void betweenResyncsAPushRereadsTheChangedUnitsAndSeesEachLaterChangeOfTheSameUnit() throws Exception {
        String planId = newPlan();
        try (SseClient dashboard = sonTinhDashboard(planId)) {
            assertThat(submitted(dashboard.next(Duration.ofSeconds(10)))).isZero();
            List<vn.antt.reporting.contracts.DomainEvent> accepted =
                    UnitHistory.of(planId, Units.tinhHa(), UnitHistory.Shape.ACCEPTED, new Random(3)).events();
            KafkaEvents.publish(accepted.get(0));
            SseClient.Event first = nextWhere(dashboard, event -> submitted(event) == 1);
            assertThat(accepted(first)).isZero();

            // The same unit again (its kept contribution is replaced), then another unit.
            accepted.stream().skip(1).forEach(KafkaEvents::publish);
            SseClient.Event second = nextWhere(dashboard, event -> accepted(event) == 1);
            assertThat(submitted(second)).isEqualTo(1);
            KafkaEvents.publish(UnitHistory.of(planId, Units.tinhSon(), UnitHistory.Shape.SUBMITTED, new Random(4)).events().get(0));
            SseClient.Event third = nextWhere(dashboard, event -> submitted(event) == 2);
            assertThat(accepted(third)).isEqualTo(1);
        }
    }

    @Test
    void onShutdownOpenStreamsAreEndedSoTheServerNeedNotWaitForThem() throws Exception {
        try (SseClient dashboard = sonTinhDashboard(newPlan())) {
            assertThat(dashboard.next(Duration.ofSeconds(10))).isNotNull();
            streams.stop();
            try {
                assertThat(dashboard.awaitEnd(Duration.ofSeconds(5))).as("the stream ended by the server").isTrue();
            } finally {
                streams.start();
            }
        }
    }

    private String newPlan() {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, QuangNgaiHierarchy.reportingUnits()).build());
        return planId;
    }

    /** The Sơn Tịnh district's reviewer following the district's roll-up. */
    private SseClient sonTinhDashboard(String planId) {
        String url = "http://localhost:" + port + "/api/dashboards/" + planId + "/nodes/" + Units.SON_TINH + "/stream";
        return new SseClient(url, TestTokens.issue("canbo.sontinh", Units.SON_TINH, "REVIEWER"), null);
    }

    /** The next event that satisfies the condition, skipping others (a resync may push the same state again). */
    private static SseClient.Event nextWhere(SseClient dashboard, java.util.function.Predicate<SseClient.Event> condition)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < until) {
            SseClient.Event event = dashboard.next(Duration.ofNanos(until - System.nanoTime()));
            if (event != null && condition.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no such event within 45 s");
    }

    @Test
    void aStreamIsRefusedLikeTheSnapshotToAUnitThatMayNotReadTheNode() throws Exception {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, QuangNgaiHierarchy.reportingUnits()).build());
        String url = "http://localhost:" + port + "/api/dashboards/" + planId + "/nodes/" + Units.SON_TINH + "/stream";
        try (SseClient other = new SseClient(url, TestTokens.issue("canbo.binhson", Units.BINH_SON, "REVIEWER"), null)) {
            assertThat(other.status()).isEqualTo(403);
        }
    }

    @Test
    void theSnapshotAndTheStreamAreDocumentedWithOpenApi() {
        ApiClient.Response docs = ApiClient.on(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/rollups/{planId}/nodes/{node}")).isTrue();
        JsonNode stream = paths.get("/api/dashboards/{planId}/nodes/{node}/stream").get("get");
        assertThat(stream.at("/responses/200/content").has("text/event-stream")).isTrue();
        assertThat(stream.get("parameters").findValuesAsString("name")).contains("Last-Event-ID", "kind");
        assertThat(docs.json().at("/components/schemas/NodeRollup/properties").has("figures")).isTrue();
    }

    private static long submitted(SseClient.Event event) {
        JsonNode rollup = JSON.readTree(event.data());
        return rollup.at("/counts/submitted/count").asLong();
    }

    private static long accepted(SseClient.Event event) {
        return JSON.readTree(event.data()).at("/counts/accepted/count").asLong();
    }
}
