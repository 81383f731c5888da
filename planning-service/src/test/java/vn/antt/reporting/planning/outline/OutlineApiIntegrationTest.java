package vn.antt.reporting.planning.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The outline API against the real broker and store: versions written by province administrators,
 * published once each, refused with the field at fault and nothing stored. Same configuration as the
 * other planning tests, so they share one running service.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=planning-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class OutlineApiIntegrationTest {

    @LocalServerPort
    int port;

    private ApiClient provinceAdmin;
    private String outlineId;

    @BeforeEach
    void setUp() {
        provinceAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        outlineId = "de-cuong-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewOutlineIsStoredAsVersion1AndPublishedOnce() {
        ApiClient.Response created = provinceAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().build());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("version").asInt()).isEqualTo(1);
        List<EventEnvelope<OutlinePublished>> published = KafkaEvents.await(Topics.OUTLINES, OutlinePublished.class,
                o -> o.outlineId().equals(outlineId), 2, Duration.ofSeconds(5));
        assertThat(published).hasSize(1);
        OutlinePublished outline = published.get(0).data();
        assertThat(outline.version()).isEqualTo(1);
        assertThat(outline.sections()).extracting(s -> s.number()).containsExactly("I", "II", "II.1");
        assertThat(outline.indicators()).filteredOn(i -> i.code().equals("safe-hamlets"))
                .singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(IndicatorType.RATIO));
        assertThat(published.get(0).partitionKey()).isEqualTo(outlineId + ":1");
    }

    @Test
    void aChangeIsTheNextVersionAndTheEarlierOneStaysAsItWas() {
        provinceAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().build());
        ApiClient.Response second = provinceAdmin.post("/api/outlines/" + outlineId + "/versions",
                OutlineRequests.small().section("III", null, "KIẾN NGHỊ, ĐỀ XUẤT", false).build());

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId + "/versions/1").json().path("sections").size()).isEqualTo(3);
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId).json().path("version").asInt()).isEqualTo(2);
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId + "/versions").json().size()).isEqualTo(2);
        assertThat(provinceAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().build()).json().path("rule").asString())
                .isEqualTo("outline-exists");
    }

    @Test
    void duplicateSectionNumbersAreRefusedNamingTheFieldAndNothingIsStored() {
        ApiClient.Response refused = provinceAdmin.post("/api/outlines/" + outlineId,
                OutlineRequests.small().section("II.1", "II", "Trùng số mục", false).build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asString()).isEqualTo("invalid-outline");
        assertThat(fields(refused.json())).contains("sections[3].number");
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId).status()).isEqualTo(404);
    }

    @Test
    void aRuleThatNamesAnUnknownIndicatorIsRefused() {
        ApiClient.Response refused = provinceAdmin.post("/api/outlines/" + outlineId,
                OutlineRequests.small().rule("tips.valuable", "NOT_GREATER_THAN", "ERROR", "tips.valuable", "tips.received").build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).contains("rules[2].indicators[0]", "rules[2].indicators[1]");
        assertThat(refused.json().path("detail").asString()).contains("unknown indicator tips.valuable");
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId).status()).isEqualTo(404);
    }

    @Test
    void malformedPartsAreRefusedByField() {
        Map<String, Object> body = OutlineRequests.small().indicator("Mã Sai", "II.1", "COUNT", "vụ")
                .indicator("classification", "IX", "CLASSIFICATION", "xã").build();
        ApiClient.Response refused = provinceAdmin.post("/api/outlines/" + outlineId, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).anySatisfy(field -> assertThat(field).contains("indicators[5].code"));

        ApiClient.Response wrongSection = provinceAdmin.post("/api/outlines/" + outlineId,
                OutlineRequests.small().indicator("classification", "IX", "CLASSIFICATION", "xã").build());
        assertThat(fields(wrongSection.json())).contains("indicators[5].sectionNumber");

        ApiClient.Response wrongType = provinceAdmin.post("/api/outlines/" + outlineId, Map.of("title", "X",
                "sections", List.of(Map.of("number", "I", "title", "A", "required", "có"))));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(provinceAdmin.get("/api/outlines/" + outlineId).status()).isEqualTo(404);
    }

    @Test
    void textIsStoredInNfc() {
        String decomposed = Normalizer.normalize("Đề cương tổng kết công tác", Normalizer.Form.NFD);
        ApiClient.Response created = provinceAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().title(decomposed).build());

        assertThat(created.json().path("title").asString()).isEqualTo("Đề cương tổng kết công tác")
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }

    @Test
    void onlyProvinceAdministratorsWriteOutlinesAndEverybodyReadsThem() {
        ApiClient districtAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.sontinh", Units.SON_TINH, "ADMIN"));
        ApiClient clerk = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"));

        assertThat(districtAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().build()).status()).isEqualTo(403);
        assertThat(clerk.post("/api/outlines/" + outlineId, OutlineRequests.small().build()).status()).isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/outlines/" + outlineId).status()).isEqualTo(401);
        provinceAdmin.post("/api/outlines/" + outlineId, OutlineRequests.small().build());
        assertThat(clerk.get("/api/outlines/" + outlineId).status()).isEqualTo(200);
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
