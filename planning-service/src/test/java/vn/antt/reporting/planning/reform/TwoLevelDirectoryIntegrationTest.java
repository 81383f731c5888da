package vn.antt.reporting.planning.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A small synthetic reform over the demo directory (plan 119 issued on 28/5/2025 for the 170 communes of Quảng Ngãi):
 * the two-level list of 1/7/2025 makes Quảng Ngãi two communes directly under the province, one from Sơn Tịnh's
 * communes, one from Bình Sơn's, each keeping the code of a predecessor. Plan 119 keeps its units as they were; a plan
 * issued after the reform is reviewed commune → province. The directory topics go to scratch topics of this class,
 * where the platform's read model (as every other service runs it) reads them back.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.unitDirectory-out-0.destination=reform-test-unit-directory",
        "spring.cloud.stream.bindings.plans-out-0.destination=reform-test-plans",
        "spring.cloud.stream.bindings.outlines-out-0.destination=reform-test-outlines",
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=reform-test-unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=reform-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class TwoLevelDirectoryIntegrationTest {

    static final LocalDate PLAN_119_ISSUED = LocalDate.of(2025, 5, 28);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /**
     * Xã Tịnh Sơn keeps its code as the new Xã Sơn Tịnh; Xã Bình Hải's code names the new Xã Bình Sơn; Thị trấn Tịnh Hà is
     * split between both. Kon Tum is not in the demo directory: the province's link to it cannot be made.
     */
    static final String TWO_LEVELS = """
            {"provinces": [{"code": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "predecessors": "Tỉnh Quảng Ngãi, Tỉnh Kon Tum",
              "communes": [
                {"code": "%s", "name": "Xã Sơn Tịnh", "type": "Xã",
                 "predecessors": "Xã Tịnh Sơn, Thị trấn Tịnh Hà (phần còn lại sau khi sáp nhập vào xã Bình Sơn)"},
                {"code": "%s", "name": "Xã Bình Sơn", "type": "Xã",
                 "predecessors": "Xã Bình Hải, Thị trấn Tịnh Hà (phần còn lại sau khi sáp nhập vào xã Sơn Tịnh)"}]}]}
            """.formatted(Units.TINH_SON, Units.BINH_HAI);

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory readModel;

    private ApiClient national() {
        return ApiClient.on(port).as(TestTokens.issue("quantri.tw", "TW", "ADMIN"));
    }

    private ApiClient provinceAdmin() {
        return ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
    }

    private JsonNode get(String path) {
        ApiClient.Response response = national().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode importReform() {
        ApiClient.Response report = national().postBytes("/api/units/imports", "application/json", TWO_LEVELS.getBytes());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    /**
     * Everything a pre-reform reader sees of plan 119 and its units, as of its issue date: each unit as it was (its end,
     * 1/7/2025, and the revision that recorded the end are later facts).
     */
    private Map<String, Object> plan119World() {
        return Map.of(
                "plan", provinceAdmin().get("/api/plans/kh-119-2025-qng").json().path("expectedUnits"),
                "tinhSon", SharedData.asItWas(get("/api/units/" + Units.TINH_SON + "?asOf=" + PLAN_119_ISSUED)),
                "sonTinhChildren", get("/api/units/" + Units.SON_TINH + "/children?asOf=" + PLAN_119_ISSUED).valueStream()
                        .map(SharedData::asItWas).toList(),
                "communes", get("/api/units?ancestor=51&kind=COMMUNE&size=5000&asOf=" + PLAN_119_ISSUED).path("items").valueStream()
                        .map(SharedData::asItWas).toList());
    }

    @Test
    void theTwoLevelListLeavesPlan119AsItWasAndTheDirectoryAnswersForBothDates() {
        await().atMost(Duration.ofSeconds(30)).until(() -> provinceAdmin().get("/api/plans/kh-119-2025-qng").json()
                .path("expectedUnits").size() > 170);
        Map<String, Object> before = plan119World();
        long adminUnitsBefore = get("/api/units?ancestor=51&size=1&asOf=2025-06-30&kind=COMMUNE").path("total").asLong()
                + get("/api/units?ancestor=51&size=1&asOf=2025-06-30&kind=DISTRICT").path("total").asLong();

        JsonNode report = importReform();

        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.path("unchanged").asInt()).isEqualTo(1);
        assertThat(report.path("closed").asLong()).isEqualTo(adminUnitsBefore);
        assertThat(report.path("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(plan119World()).isEqualTo(before);
        JsonNode tinhSon = get("/api/units/" + Units.TINH_SON + "?asOf=" + PLAN_119_ISSUED);
        assertThat(tinhSon.path("name").asString()).isEqualTo("Xã Tịnh Sơn");
        assertThat(tinhSon.path("validTo").asString()).isEqualTo("2025-07-01");

        JsonNode sonTinh = get("/api/units/" + Units.TINH_SON + "?asOf=2025-07-01");
        assertThat(sonTinh.path("name").asString()).isEqualTo("Xã Sơn Tịnh");
        assertThat(sonTinh.path("parentCode").asString()).isEqualTo("51");
        assertThat(sonTinh.path("versionKey").asString()).isEqualTo(Units.TINH_SON + "@2025-07-01");
        assertThat(get("/api/units/" + Units.TINH_SON).path("name").asString()).isEqualTo("Xã Sơn Tịnh");
        assertThat(get("/api/units/" + Units.TINH_SON + "/versions").valueStream().map(v -> v.path("name").asString()))
                .containsExactly("Xã Tịnh Sơn", "Xã Sơn Tịnh");
        assertThat(get("/api/units?parent=51&kind=COMMUNE&asOf=2025-07-01").path("items").valueStream()
                .map(u -> u.path("name").asString())).containsExactly("Xã Bình Sơn", "Xã Sơn Tịnh");
        assertThat(get("/api/units?parent=51&kind=DISTRICT&asOf=2025-07-01").path("total").asLong()).isZero();

        // Predecessor links from the merger map's texts; the split town has two successors; Kon Tum is listed, not guessed.
        assertThat(report.path("links").asInt()).isEqualTo(5);
        assertThat(report.path("unresolved").valueStream().map(u -> u.path("unit").asString() + " " + u.path("predecessor").asString()
                + " " + u.path("reason").asString().split(":")[0])).containsExactly("51 Tỉnh Kon Tum not-found");
        JsonNode tinhHa = get("/api/units/" + Units.TINH_HA + "/links?asOf=" + PLAN_119_ISSUED);
        assertThat(tinhHa.path("successors").valueStream().map(l -> l.path("successorKey").asString() + " " + l.path("partial").asBoolean()))
                .containsExactlyInAnyOrder(Units.TINH_SON + "@2025-07-01 true", Units.BINH_HAI + "@2025-07-01 true");
        assertThat(get("/api/units/" + Units.TINH_SON + "/links?asOf=2025-07-01").path("predecessors").valueStream()
                .map(l -> l.path("predecessorKey").asString())).containsExactlyInAnyOrder(Units.TINH_SON, Units.TINH_HA);

        // The same file again changes nothing.
        JsonNode again = importReform();
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(again.path("created").asInt() + again.path("changed").asInt() + again.path("closed").asInt()
                + again.path("links").asInt()).isZero();
        assertThat(again.path("unresolved").size()).isEqualTo(1);
        assertThat(plan119World()).isEqualTo(before);

        // Another service's read model holds both units of the code, each with its dates and ancestors.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            DirectoryUnit old = readModel.find(Units.TINH_SON, PLAN_119_ISSUED).orElseThrow();
            assertThat(old.name()).isEqualTo("Xã Tịnh Sơn");
            assertThat(old.validTo()).isEqualTo(REFORM);
            assertThat(readModel.find(Units.TINH_SON, REFORM)).isPresent();
            assertThat(readModel.find(Units.SON_TINH).orElseThrow().validTo()).isEqualTo(REFORM);
        });
        assertThat(readModel.ancestry(Units.TINH_SON, PLAN_119_ISSUED)).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
        assertThat(readModel.find(Units.TINH_SON, REFORM).orElseThrow().name()).isEqualTo("Xã Sơn Tịnh");
        assertThat(readModel.ancestry(Units.TINH_SON, REFORM)).containsExactly(Units.QUANG_NGAI);
        assertThat(readModel.isSameOrAbove(Units.SON_TINH, Units.TINH_SON, PLAN_119_ISSUED)).isTrue();
        assertThat(readModel.isSameOrAbove(Units.SON_TINH, Units.TINH_SON, REFORM)).isFalse();
        // Without a date (an access check): the district is above a unit its code named, the province above both.
        assertThat(readModel.isSameOrAbove(Units.SON_TINH, Units.TINH_SON)).isTrue();
        assertThat(readModel.isSameOrAbove(Units.QUANG_NGAI, Units.TINH_SON)).isTrue();
        assertThat(readModel.isSameOrAbove(Units.BINH_SON, Units.TINH_SON)).isFalse();
        assertThat(readModel.children(Units.QUANG_NGAI, REFORM)).extracting(DirectoryUnit::kind).contains("COMMUNE")
                .doesNotContain("DISTRICT");

        // A plan issued after the reform: commune → province; a district level is refused naming its field.
        Map<String, Object> plan = new java.util.LinkedHashMap<>(vn.antt.reporting.planning.plan.PlanRequests.sonTinhCommunes("kh-05-2026-qng")
                .with("number", "05/KH-UBND").with("issuedOn", "2026-01-15").with("periodFrom", "2025-07-01")
                .with("periodTo", "2025-12-31").with("deadline", "2026-02-10T00:00:00+07:00")
                .with("milestones", List.of())
                .with("participants", Map.of("units", List.of(), "rules", List.of(Map.of("within", "51", "kinds", List.of("COMMUNE")))))
                .build());
        ApiClient.Response withDistrict = provinceAdmin().post("/api/plans", plan);
        assertThat(withDistrict.status()).as(withDistrict.body()).isEqualTo(400);
        assertThat(withDistrict.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactly("reviewChains[0].levels[0]");
        assertThat(withDistrict.body()).contains("no district level");

        plan.put("reviewChains", List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("PROVINCE"))));
        ApiClient.Response created = provinceAdmin().post("/api/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response issued = provinceAdmin().post("/api/plans/kh-05-2026-qng/issue", Map.of());
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().path("expectedUnits").valueStream().map(u -> u.path("code").asString() + " " + u.path("name").asString()
                + " " + u.path("ancestry").toString())).containsExactly(
                Units.BINH_HAI + " Xã Bình Sơn [\"51\"]", Units.TINH_SON + " Xã Sơn Tịnh [\"51\"]");
        assertThat(issued.json().path("expectedUnits").valueStream().map(u -> u.path("versionKey").asString()))
                .containsExactly(Units.BINH_HAI + "@2025-07-01", Units.TINH_SON + "@2025-07-01");
        assertThat(plan119World()).isEqualTo(before);

        // The code 21217 names two units: each plan is read by the clerks of the unit it means (the token's unit_version).
        ApiClient sonTinhClerk = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh.xa", Units.TINH_SON,
                Map.of("unit_version", Units.TINH_SON + "@2025-07-01"), "CLERK"));
        ApiClient tinhSonClerk = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"));
        assertThat(planIds(sonTinhClerk)).contains("kh-05-2026-qng").doesNotContain("kh-119-2025-qng");
        assertThat(planIds(tinhSonClerk)).contains("kh-119-2025-qng").doesNotContain("kh-05-2026-qng");
        assertThat(sonTinhClerk.get("/api/plans/kh-119-2025-qng").status()).isEqualTo(403);
        assertThat(tinhSonClerk.get("/api/plans/kh-05-2026-qng").status()).isEqualTo(403);
        assertThat(sonTinhClerk.get("/api/plans/kh-05-2026-qng").status()).isEqualTo(200);
        assertThat(tinhSonClerk.get("/api/plans/kh-119-2025-qng").status()).isEqualTo(200);
        // The province kept its code and its unit (same name, same level): its people read both.
        assertThat(planIds(provinceAdmin())).contains("kh-05-2026-qng", "kh-119-2025-qng");
    }

    private static List<String> planIds(ApiClient caller) {
        ApiClient.Response plans = caller.get("/api/plans");
        assertThat(plans.status()).as(plans.body()).isEqualTo(200);
        JsonNode body = plans.json();
        JsonNode items = body.isArray() ? body : body.path("items");
        return items.valueStream().map(p -> p.path("planId").asString()).toList();
    }
}
