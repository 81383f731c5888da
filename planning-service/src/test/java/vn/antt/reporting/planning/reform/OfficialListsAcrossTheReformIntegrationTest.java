package vn.antt.reporting.planning.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The two real lists, when {@code shared/data/} is beside the repository: the pre-reform list (01/3/2025) and the
 * two-level list of 1/7/2025 imported one after the other into the demo directory, where plan 119 was issued on
 * 28/5/2025. Publication is switched off (as in the official-list test: 14.000 events would only slow the other
 * tests); the plans go to scratch topics of this class.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "reporting.units.relay.enabled=false",
        "spring.cloud.stream.bindings.plans-out-0.destination=reform-real-test-plans",
        "spring.cloud.stream.bindings.outlines-out-0.destination=reform-real-test-outlines"})
class OfficialListsAcrossTheReformIntegrationTest {

    private static final String PLAN_119_ISSUED = "2025-05-28";

    @LocalServerPort
    int port;

    private ApiClient national() {
        return ApiClient.on(port).as(TestTokens.issue("quantri.tw", "TW", "ADMIN"));
    }

    private JsonNode get(String path) {
        ApiClient.Response response = national().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private long total(String kind, String asOf) {
        return get("/api/units?kind=" + kind + "&size=1&asOf=" + asOf).path("total").asLong();
    }

    private JsonNode importFile(Path file) throws IOException {
        ApiClient.Response report = national().postFile("/api/units/imports?national=true", "file", file.getFileName().toString(),
                "application/json", Files.readAllBytes(file));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    /**
     * Everything a pre-reform reader sees of plan 119 and its units, as of its issue date: each unit as it was (its end,
     * 1/7/2025, and the revision that recorded the end are later facts).
     */
    private Map<String, Object> plan119World() {
        ApiClient province = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        return Map.of(
                "plan", province.get("/api/plans/kh-119-2025-qng").json().path("expectedUnits"),
                "tinhSon", SharedData.asItWas(get("/api/units/" + Units.TINH_SON + "?asOf=" + PLAN_119_ISSUED)),
                "sonTinhChildren", get("/api/units/" + Units.SON_TINH + "/children?asOf=" + PLAN_119_ISSUED).valueStream()
                        .map(SharedData::asItWas).toList(),
                "quangNgai", get("/api/units?ancestor=51&size=5000&asOf=" + PLAN_119_ISSUED).path("items").valueStream()
                        .map(SharedData::asItWas).toList());
    }

    @Test
    void theTwoLevelListImportsBesideThePreReformOneAndPlan119KeepsItsUnits() throws IOException {
        Optional<Path> preReform = SharedData.file("dvhcvn.json");
        Optional<Path> twoLevels = SharedData.file("dvhcvn-2025.json");
        Assumptions.assumeTrue(preReform.isPresent() && twoLevels.isPresent(), "shared/data/ is not beside the repository");
        ApiClient province = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        await().atMost(Duration.ofSeconds(30)).until(() -> province.get("/api/plans/kh-119-2025-qng").json()
                .path("expectedUnits").size() > 170);
        importFile(preReform.get());
        Map<String, Object> before = plan119World();

        JsonNode report = importFile(twoLevels.get());

        assertThat(report.path("records").asInt()).isEqualTo(3_355);
        assertThat(report.path("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(plan119World()).isEqualTo(before);
        assertThat(total("PROVINCE", "2025-06-30")).isEqualTo(63);
        assertThat(total("DISTRICT", "2025-06-30")).isEqualTo(696);
        assertThat(total("COMMUNE", "2025-06-30")).isEqualTo(10_047);
        assertThat(total("PROVINCE", "2025-07-01")).isEqualTo(34);
        assertThat(total("DISTRICT", "2025-07-01")).isZero();
        assertThat(total("COMMUNE", "2025-07-01")).isEqualTo(3_321);
        assertThat(get("/api/units/00004/versions").valueStream().map(v -> v.path("name").asString() + " "
                + v.path("validFrom").asString() + "–" + v.path("validTo").asString("")))
                .containsExactly("Phường Trúc Bạch 2025-03-01–2025-07-01", "Phường Ba Đình 2025-07-01–");
        assertThat(get("/api/units/00004?asOf=2025-07-01").path("ancestry").toString()).isEqualTo("[\"01\"]");
        assertThat(get("/api/units/00004?asOf=2025-06-30").path("ancestry").toString()).isEqualTo("[\"01\",\"001\"]");
        assertThat(get("/api/units?parent=51&kind=COMMUNE&size=1&asOf=2025-07-01").path("total").asLong()).isEqualTo(96);

        // Predecessors by name: Phường Ba Đình from Phường Trúc Bạch among others; Phường Kim Mã split in three.
        assertThat(get("/api/units/00004/links?asOf=2025-07-01").path("predecessors").valueStream()
                .map(l -> l.path("predecessorKey").asString())).contains("00004");
        assertThat(report.path("unresolved").valueStream()).allSatisfy(u -> assertThat(u.path("reason").asString()).isNotBlank());
        // Most of the ≈ 10.500 names of the texts link to one unit; the others are listed (same name in two districts, spelling).
        assertThat(report.path("links").asInt()).isGreaterThan(8_000);

        JsonNode again = importFile(twoLevels.get());
        assertThat(again.path("unchanged").asInt()).isEqualTo(3_355);
        assertThat(again.path("created").asInt() + again.path("changed").asInt() + again.path("closed").asInt()
                + again.path("links").asInt()).isZero();
        assertThat(plan119World()).isEqualTo(before);
        System.out.printf("Two-level list (3.355 units): first import %d ms, second %d ms (server); %d links, %d names unresolved%n",
                report.path("durationMillis").asLong(), again.path("durationMillis").asLong(), report.path("links").asInt(),
                report.path("unresolved").size());
    }
}
