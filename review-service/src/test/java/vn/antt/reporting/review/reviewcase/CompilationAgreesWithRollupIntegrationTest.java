package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.SonTinhCompilation;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The district's compiled report takes its communes and the health station hanging under Tịnh Sơn, the commune
 * included: the reports the district's roll-up sums (aggregation-service's RollupCalculatorTest feeds it the same
 * {@link SonTinhCompilation} and reads "hơn 154 lượt").
 */
class CompilationAgreesWithRollupIntegrationTest extends ReviewApiTest {

    @BeforeAll
    static void publishHealthStation() {
        KafkaEvents.publish(UnitChangedMother.tinhSonHealthStation());
    }

    @Test
    void theDistrictsCompiledReportTakesACommuneAndTheHealthStationBelowIt() {
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.tinhSonHealthStation().code()).isPresent());
        String plan = newPlan(SonTinhCompilation.plan());
        ApiClient district = reviewer("canbo.sontinh", Units.SON_TINH);
        SonTinhCompilation.reports().forEach((unit, figures) -> {
            submit(plan, unit, 1, figures);
            ApiClient.Response accepted = district.post(path(plan, unit.code()) + "/acceptance", Map.of("version", 1));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        });

        JsonNode compiled = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh", Units.SON_TINH, "CLERK"))
                .get("/api/compilations/" + plan + "/" + Units.SON_TINH).json();
        assertThat(compiled.path("included").valueStream().map(u -> u.path("unitCode").asString()).toList())
                .containsExactlyInAnyOrder(Units.TINH_SON, Units.tinhSonHealthStation().code(), Units.TINH_HA);
        assertThat(compiled.path("missing").size()).isZero();
        List<JsonNode> sessions = compiled.path("figures").valueStream()
                .filter(f -> f.path("indicator").asString().equals(SonTinhCompilation.SESSIONS)).toList();
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.path("amount").decimalValue()).isEqualByComparingTo(SonTinhCompilation.TOTAL);
            assertThat(s.path("qualifier").asString()).isEqualTo(Qualifier.MORE_THAN.name());
        });
    }
}
