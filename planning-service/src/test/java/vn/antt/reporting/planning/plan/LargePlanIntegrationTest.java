package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A plan's event over Kafka's 1 MB default, against the real broker: 25.000 expected units (≈ 2,5 MB of CloudEvent)
 * are issued, published by the outbox relay and read by a consumer with the default fetch sizes, as another service
 * would; a plan over {@link Topics#PLAN_EVENT_MAX_BYTES} is refused at issue time, with the rule, and nothing is
 * published. The directory's units are written straight into the store (no directory events: they are not the test),
 * in a context and database of its own (its consumer group differs), and removed afterwards: 75.000 made-up units in
 * the demo directory that other tests share made their counts and imports wrong.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=planning-large-plan-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class LargePlanIntegrationTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiClient provinceAdmin;
    private String planId;

    @AfterEach
    void removeTheMadeUpUnits() {
        mongo.remove(Query.query(Criteria.where("code").regex("^T[0-9A-F]{6}")), Unit.class);
    }

    @BeforeEach
    void setUp() {
        provinceAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        planId = "kh-lon-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPlanOf25000UnitsWellOverOneMegabyteReachesItsConsumers() {
        String district = district(25_000);

        ApiClient.Response created = provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId)
                .with("participants", Map.of("units", List.of(), "rules", List.of(Map.of("within", district, "kinds", List.of("COMMUNE")))))
                .build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response issued = provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of("reason", "Ban hành"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        List<EventEnvelope<PlanPublished>> events = KafkaEvents.await(Topics.PLANS, PlanPublished.class,
                p -> p.planId().equals(planId), 1, Duration.ofSeconds(60));
        assertThat(events).as("the plan's event reached a consumer").hasSize(1);
        assertThat(events.get(0).data().expectedUnits()).hasSize(25_000);
        int bytes = new CloudEventCodec().encode(events.get(0)).length;
        assertThat(bytes).as("the event's size").isGreaterThan(2 * 1024 * 1024).isLessThanOrEqualTo(Topics.PLAN_EVENT_MAX_BYTES);
    }

    @Test
    void aPlanOverTheLimitIsRefusedWhenIssuedNamingTheRuleAndNothingIsPublished() {
        String district = district(50_000);
        provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId)
                .with("participants", Map.of("units", List.of(), "rules", List.of(Map.of("within", district, "kinds", List.of("COMMUNE")))))
                .build());

        ApiClient.Response refused = provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of("reason", "Ban hành"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asString()).isEqualTo("plan-event-too-large");
        assertThat(refused.json().path("title").asString()).isEqualTo("Kế hoạch quá lớn để ban hành");
        assertThat(refused.json().path("expectedUnits").asInt()).isEqualTo(50_000);
        assertThat(refused.json().path("eventBytes").asLong()).isGreaterThan(Topics.PLAN_EVENT_MAX_BYTES);
        assertThat(refused.json().path("maxEventBytes").asInt()).isEqualTo(Topics.PLAN_EVENT_MAX_BYTES);
        // Nothing changed: still a draft, nothing in the outbox, nothing on the topic.
        assertThat(provinceAdmin.get("/api/plans/" + planId).json().path("state").asString()).isEqualTo("DRAFT");
        assertThat(KafkaEvents.await(Topics.PLANS, PlanPublished.class, p -> p.planId().equals(planId), 1, Duration.ofSeconds(3)))
                .isEmpty();
    }

    /** A district of Quảng Ngãi of {@code communes} communes (names with diacritics, as the real ones), by a fresh code. */
    private String district(int communes) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant now = Instant.now();
        mongo.insert(new Unit(code, "Huyện Thử Nghiệm " + code, "Huyện", UnitKind.DISTRICT, Units.QUANG_NGAI, List.of(Units.QUANG_NGAI),
                SINCE, null, 1, now, null));
        List<Unit> batch = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            String commune = code + String.format("%05d", i);
            batch.add(new Unit(commune, "Xã Thử Nghiệm Số " + i, "Xã", UnitKind.COMMUNE, code, List.of(Units.QUANG_NGAI, code), SINCE,
                    null, 1, now, null));
            if (batch.size() == 5_000) {
                mongo.insert(batch, Unit.class);
                batch.clear();
            }
        }
        mongo.insert(batch, Unit.class);
        return code;
    }
}
