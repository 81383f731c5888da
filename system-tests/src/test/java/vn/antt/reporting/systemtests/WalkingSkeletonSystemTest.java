package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * The walking skeleton end to end, through the gateway, with real processes: a commune clerk signs in
 * at the identity service, submits a report; submission-service stores it and publishes
 * ReportSubmitted; aggregation-service counts it for the commune's district and province; the
 * district's and the province's reviewers read those counts through the gateway.
 */
class WalkingSkeletonSystemTest {

    private static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = SharedPlatform.get();
    }

    private ApiClient gatewayAs(String user) {
        return new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), user, "demo"));
    }

    @Test
    void aCommuneReportReachesTheDistrictAndProvinceCounts() {
        String plan = "kh-119-" + UUID.randomUUID().toString().substring(0, 8);
        // Plan 119 and its outline as planning-service publishes them (compacted topics plans, outlines).
        KafkaEvents.publish(OutlineMother.outline357());
        KafkaEvents.publish(PlanMother.plan119().id(plan).build());
        ApiClient clerk = gatewayAs("vanthu.tinhson");
        Map<String, Object> report = ReportBodies.tinhSon(plan);

        // The plan, its outline and the unit directory reach submission-service through Kafka.
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> clerk.post("/api/submissions", report).status() == 201);
        ApiClient.Response stored = clerk.get("/api/submissions?planId=" + plan + "&unitCode=21217");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().get(0).at("/unit/name").asString()).isEqualTo("Xã Tịnh Sơn");
        assertThat(stored.json().get(0).at("/unit/ancestry").toString()).isEqualTo("[\"51\",\"527\"]");

        ApiClient district = gatewayAs("canbo.sontinh");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ApiClient.Response counts = district.get("/api/rollups/" + plan + "/nodes/527");
            assertThat(counts.status()).as(counts.body()).isEqualTo(200);
            assertThat(counts.json().at("/counts/submitted/count").asLong()).isEqualTo(1);
        });
        ApiClient.Response province = gatewayAs("canbo.congantinh").get("/api/rollups/" + plan + "/nodes/51");
        assertThat(province.json().at("/counts/submitted/count").asLong()).isEqualTo(1);
        assertThat(province.json().get("nodeName").asString()).isEqualTo("Tỉnh Quảng Ngãi");
    }

    @Test
    void theGatewayAndEachServiceRefuseWhatTheCallerMayNotDo() {
        ApiClient anonymous = new ApiClient(platform.url("gateway"));
        ApiClient.Response noToken = anonymous.post("/api/submissions", Map.of("planId", "x"));
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");

        // Behind the gateway, a service refuses a call without a token on its own.
        ApiClient.Response direct = new ApiClient(platform.url("submission-service")).post("/api/submissions", Map.of("planId", "x"));
        assertThat(direct.status()).isEqualTo(401);

        // A valid token of another commune: the submission service itself refuses it.
        ApiClient otherCommune = gatewayAs("vanthu.tinhha");
        ApiClient.Response wrongUnit = otherCommune.post("/api/submissions", Map.of("planId", "kh-x", "unitCode", "21217",
                "document", Map.of("number", "1/BC", "issuedOn", "2025-06-06")));
        assertThat(wrongUnit.status()).as(wrongUnit.body()).isEqualTo(403);
        assertThat(wrongUnit.json().get("rule").asString()).isEqualTo("access-refused");

        // Bình Sơn's reviewer may not read Sơn Tịnh's roll-up (once aggregation knows the demo plan: 404 before).
        ApiClient binhSon = gatewayAs("canbo.binhson");
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> binhSon.get("/api/rollups/kh-119-2025-qng/nodes/527").status() != 404);
        ApiClient.Response otherDistrict = binhSon.get("/api/rollups/kh-119-2025-qng/nodes/527");
        assertThat(otherDistrict.status()).isEqualTo(403);

        ApiClient.Response malformed = otherCommune.post("/api/submissions", "{\"planId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/errors/0/field").asString()).isEqualTo("body");
    }
}
