package vn.antt.reporting.planning.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.SyntheticReform;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The synthetic reform of {@link SyntheticReform} imported over the demo directory (the pre-reform list of Quảng Ngãi):
 * the new communes are published with their predecessors and how each is attributed (a split commune counted once, for
 * the successor that received its remainder), exactly as the mother's events that aggregation-service's comparison
 * test consumes; what could not be linked is kept for the administrators; a hand fix is checked (problem details naming
 * the field), audited and republished.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.unitDirectory-out-0.destination=link-fix-test-unit-directory",
        "spring.cloud.stream.bindings.plans-out-0.destination=link-fix-test-plans",
        "spring.cloud.stream.bindings.outlines-out-0.destination=link-fix-test-outlines",
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=link-fix-test-unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=link-fix-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class PredecessorLinkFixIntegrationTest {

    private static final String FIX = "/api/units/" + SyntheticReform.MINH_LONG + "/predecessors";

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory readModel;

    private ApiClient national() {
        return ApiClient.on(port).as(TestTokens.issue("quantri.tw", "TW", "ADMIN"));
    }

    private ApiClient as(String user, String unit, String role) {
        return ApiClient.on(port).as(TestTokens.issue(user, unit, role));
    }

    private static void assertProblem(ApiClient.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("rule").asString()).isEqualTo(rule);
        assertThat(response.json().path("field").asString()).isEqualTo(field);
    }

    @Test
    void theNewUnitsCarryTheirAttributedPredecessorsAndAnAdministratorFixesALinkByHand() {
        await().atMost(Duration.ofSeconds(30)).until(() -> national().get("/api/units/" + SyntheticReform.TINH_MINH).status() == 200);
        ApiClient.Response imported = national().postBytes("/api/units/imports", "application/json",
                SyntheticReform.TWO_LEVEL_LIST.getBytes());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        // 51 ← itself, Hiệp Bình ← 2, Giang Minh ← 1, Đông Giang ← 1; two names match no unit and are listed.
        assertThat(imported.json().path("links").asInt()).isEqualTo(5);
        assertThat(imported.json().path("unresolved").valueStream().map(u -> u.path("unit").asString() + " " + u.path("predecessor").asString()))
                .containsExactly(SyntheticReform.DONG_GIANG + " Xã Tịnh Không", SyntheticReform.MINH_LONG + " Xã Tịnh Mới");

        // Published as the mother's events (the ones aggregation-service's comparison test consumes).
        List<UnitChanged> expected = SyntheticReform.newUnits();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, DirectoryUnit> published = readModel.byKeys(expected.stream().map(UnitChanged::versionKey).toList());
            for (UnitChanged unit : expected) {
                DirectoryUnit got = published.get(unit.versionKey());
                assertThat(got).as(unit.versionKey()).isNotNull();
                assertThat(got.name()).isEqualTo(unit.name());
                assertThat(got.validFrom()).isEqualTo(unit.validFrom());
                assertThat(got.revision()).as(unit.versionKey()).isEqualTo(unit.revision());
                assertThat(got.predecessors()).as(unit.versionKey()).isEqualTo(unit.predecessors());
            }
        });
        // Importing the same file again republishes nothing.
        ApiClient.Response again = national().postBytes("/api/units/imports", "application/json", SyntheticReform.TWO_LEVEL_LIST.getBytes());
        assertThat(again.status()).isEqualTo(200);
        assertThat(national().get("/api/units/" + SyntheticReform.GIANG_MINH).json().path("revision").asLong()).isEqualTo(2);

        // What the last import left unresolved, for the province's administrator.
        ApiClient province = as("quantri.tinh", Units.QUANG_NGAI, "ADMIN");
        JsonNode unresolved = province.get("/api/units/unresolved-predecessors").json();
        assertThat(unresolved.path("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(unresolved.path("items").valueStream().map(i -> i.path("unitKey").asString() + " " + i.path("unitName").asString()
                + " " + i.path("predecessor").asString() + " " + i.path("links").size()))
                .containsExactly(SyntheticReform.DONG_GIANG + " Xã Đông Giang Xã Tịnh Không 1",
                        SyntheticReform.MINH_LONG + " Xã Minh Long Xã Tịnh Mới 0");
        assertThat(as("canbo.tinh", Units.QUANG_NGAI, "REVIEWER").get("/api/units/unresolved-predecessors").status()).isEqualTo(403);

        // Refusals, each naming its field; nothing is stored.
        assertProblem(province.put(FIX, Map.of("predecessors", List.of(SyntheticReform.TINH_MINH), "reason", " ")),
                400, "invalid-predecessor-fix", "reason");
        assertProblem(province.put(FIX, Map.of("predecessors", List.of(SyntheticReform.TINH_MINH, "99999"), "reason", "Biên bản")),
                400, "invalid-predecessor-fix", "predecessors[1]");
        assertProblem(province.put(FIX, Map.of("predecessors", List.of(SyntheticReform.GIANG_MINH), "reason", "Biên bản")),
                400, "invalid-predecessor-fix", "predecessors[0]");
        assertProblem(province.put("/api/units/" + Units.TINH_SON + "/predecessors?asOf=2025-05-28",
                Map.of("predecessors", List.of(), "reason", "Biên bản")), 400, "invalid-predecessor-fix", "code");
        // A commune's administrator: another new commune is not in its subtree, nor a pre-reform commune it was not formed from.
        assertProblem(as("quantri.donggiang", SyntheticReform.DONG_GIANG, "ADMIN").put(FIX,
                Map.of("predecessors", List.of(SyntheticReform.TINH_MINH), "reason", "Biên bản")), 403, "access-refused", "code");
        assertProblem(as("quantri.minhlong", SyntheticReform.MINH_LONG, "ADMIN").put(FIX,
                Map.of("predecessors", List.of(SyntheticReform.TINH_MINH), "reason", "Biên bản")), 403, "access-refused", "predecessors[0]");
        assertThat(as("canbo.tinh", Units.QUANG_NGAI, "REVIEWER").put(FIX,
                Map.of("predecessors", List.of(SyntheticReform.TINH_MINH), "reason", "Biên bản")).status()).isEqualTo(403);
        assertThat(province.get(FIX + "/fixes").json().size()).isZero();

        // The fix: audited, and republished with its attribution.
        ApiClient.Response fixed = province.put(FIX, Map.of("predecessors", List.of(SyntheticReform.TINH_MINH),
                "reason", "Theo Nghị quyết sáp nhập: Xã Minh Long được thành lập từ Xã Tịnh Minh"));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        JsonNode fix = fixed.json().path("fix");
        assertThat(fix.path("userId").asString()).isEqualTo("quantri.tinh");
        assertThat(fix.path("unitCode").asString()).isEqualTo(Units.QUANG_NGAI);
        assertThat(fix.path("at").asString()).endsWith("+07:00");
        assertThat(fix.path("before").size()).isZero();
        assertThat(fix.path("after").valueStream().map(JsonNode::asString)).containsExactly(SyntheticReform.TINH_MINH);
        assertThat(fixed.json().path("links").path("predecessors").valueStream().map(l -> l.path("predecessorKey").asString()))
                .containsExactly(SyntheticReform.TINH_MINH);
        JsonNode audit = province.get(FIX + "/fixes").json();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).path("reason").asString()).startsWith("Theo Nghị quyết sáp nhập");
        UnitChanged afterFix = SyntheticReform.minhLongAfterFix();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            DirectoryUnit got = readModel.byKeys(List.of(afterFix.versionKey())).get(afterFix.versionKey());
            assertThat(got.revision()).isEqualTo(afterFix.revision());
            assertThat(got.predecessors()).isEqualTo(afterFix.predecessors());
        });
        assertThat(province.get("/api/units/unresolved-predecessors").json().path("items").valueStream()
                .filter(i -> i.path("unitKey").asString().equals(SyntheticReform.MINH_LONG)).findFirst().orElseThrow()
                .path("links").size()).isEqualTo(1);

        // Removing a link: Xã Đông Giang loses Xã Tịnh Giang (audited, republished); Xã Giang Minh, which counts it, is unchanged.
        ApiClient.Response removed = province.put("/api/units/" + SyntheticReform.DONG_GIANG + "/predecessors",
                Map.of("predecessors", List.of(), "reason", "Xã Tịnh Giang không sáp nhập vào Xã Đông Giang"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("fix").path("before").valueStream().map(JsonNode::asString)).containsExactly(SyntheticReform.TINH_GIANG);
        assertThat(removed.json().path("fix").path("after").size()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            DirectoryUnit dongGiang = readModel.byKeys(List.of(SyntheticReform.DONG_GIANG)).get(SyntheticReform.DONG_GIANG);
            assertThat(dongGiang.revision()).isEqualTo(3);
            assertThat(dongGiang.predecessors()).isEmpty();
        });
        assertThat(national().get("/api/units/" + SyntheticReform.GIANG_MINH).json().path("revision").asLong()).isEqualTo(2);
    }
}
