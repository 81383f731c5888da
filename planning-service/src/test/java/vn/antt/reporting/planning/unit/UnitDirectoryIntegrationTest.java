package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.SharedInfrastructure;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The whole service with the demo profile against the real broker and store: the Quảng Ngãi demo
 * directory, idempotent re-imports, exactly one event per real change, refusals that store nothing.
 * The platform's directory read model, as every other service runs it, is bound here too (test only),
 * to show that what this service publishes is what the other services can read.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=planning-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class UnitDirectoryIntegrationTest {

    private static final String DEMO_UNITS = "demo/quang-ngai-units.json";
    private static final String DEMO_AGENCIES = "demo/quang-ngai-agencies.json";
    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    UnitDirectory readModel;

    private UnitApi provinceAdmin;
    private UnitApi clerk;

    @BeforeEach
    void callers() {
        provinceAdmin = new UnitApi(port, TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        clerk = new UnitApi(port, TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UnitDirectoryIntegrationTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private long pendingPublications() {
        return mongo.count(Query.query(Criteria.where("pending.eventId").exists(true)), Unit.class);
    }

    private void awaitAllPublished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingPublications() == 0);
    }

    private Map<String, Long> revisions() {
        return mongo.findAll(Unit.class).stream().collect(Collectors.toMap(Unit::code, Unit::revision));
    }

    private static List<EventEnvelope<UnitChanged>> eventsOf(String code) {
        return KafkaEvents.all(Topics.UNIT_DIRECTORY, UnitChanged.class, e -> e.code().equals(code), QUIET);
    }

    @Test
    void theDemoDirectoryHoldsQuangNgaiWithItsDistrictsCommunesAndReportingUnits() {
        assertThat(mongo.count(Query.query(Criteria.where("kind").is(UnitKind.PROVINCE)), Unit.class)).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("kind").is(UnitKind.DISTRICT).and("parentCode").is("51")),
                Unit.class)).isEqualTo(13);
        assertThat(mongo.count(Query.query(Criteria.where("kind").is(UnitKind.COMMUNE).and("ancestry").is("51")),
                Unit.class)).isEqualTo(170);

        UnitApi.Response tinhSon = clerk.get("/api/units/21217");
        assertThat(tinhSon.status()).as(tinhSon.body()).isEqualTo(200);
        JsonNode unit = tinhSon.json();
        assertThat(unit.get("name").asString()).isEqualTo("Xã Tịnh Sơn");
        assertThat(unit.get("type").asString()).isEqualTo("Xã");
        assertThat(unit.get("kind").asString()).isEqualTo("COMMUNE");
        assertThat(unit.get("parentCode").asString()).isEqualTo("527");
        assertThat(unit.get("ancestry").values()).extracting(JsonNode::asString).containsExactly("51", "527");
        assertThat(unit.get("validFrom").asString()).isEqualTo("2025-03-01");
        assertThat(clerk.get("/api/units/527").json().get("name").asString()).isEqualTo("Huyện Sơn Tịnh");
        assertThat(clerk.get("/api/units/51").json().get("name").asString()).isEqualTo("Tỉnh Quảng Ngãi");

        UnitApi.Response agencies = clerk.get("/api/units?ancestor=51&kind=AGENCY");
        assertThat(agencies.json().get("items").values()).extracting(n -> n.get("name").asString())
                .containsExactly("Công an tỉnh Quảng Ngãi", "Sở Nội vụ tỉnh Quảng Ngãi");
        UnitApi.Response healthStation = clerk.get("/api/units/21217-TYT");
        assertThat(healthStation.json().get("ancestry").values()).extracting(JsonNode::asString)
                .containsExactly("51", "527", "21217");
        assertThat(clerk.get("/api/units/524-DN-BSR").json().get("name").asString())
                .isEqualTo("Công ty TNHH MTV Lọc hóa dầu Bình Sơn");
        assertThat(clerk.get("/api/units?ancestor=51&size=1").json().get("total").asLong()).isEqualTo(13 + 170 + 8);
    }

    @Test
    void childrenSubtreeAndListAreReadAsOfADate() {
        UnitApi.Response children = clerk.get("/api/units/527/children?asOf=2025-05-28");
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        assertThat(children.json().values()).hasSize(11)
                .extracting(n -> n.get("code").asString()).contains(Units.TINH_SON, Units.TINH_HA);
        assertThat(clerk.get("/api/units/21217/children").json().values()).extracting(n -> n.get("name").asString())
                .containsExactly("Trạm Y tế xã Tịnh Sơn");
        assertThat(clerk.get("/api/units/527/subtree").json().values()).hasSize(11 + 1);
        // Before the list's date the tree did not exist in this form.
        assertThat(clerk.get("/api/units?parent=527&asOf=2025-02-28").json().get("total").asLong()).isZero();
        assertThat(clerk.get("/api/units?parent=51&kind=DISTRICT&asOf=2025-06-09").json().get("total").asLong())
                .isEqualTo(13);

        UnitApi.Response unknown = clerk.get("/api/units/99999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("rule").asString()).isEqualTo("unit-not-found");
    }

    @Test
    void everyDemoUnitIsPublishedOnTheCompactedTopicKeyedByItsCode() throws Exception {
        awaitAllPublished();
        Map<String, ConsumerRecord<String, byte[]>> tinhSonRecords = new HashMap<>();
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-keys-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(Topics.UNIT_DIRECTORY));
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (tinhSonRecords.size() < 2 && System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (Set.of(Units.TINH_SON, "21217-TYT").contains(record.key())) {
                        tinhSonRecords.put(record.key(), record);
                    }
                }
            }
        }
        assertThat(tinhSonRecords).containsOnlyKeys(Units.TINH_SON, "21217-TYT");
        ConsumerRecord<String, byte[]> record = tinhSonRecords.get(Units.TINH_SON);
        assertThat(new String(record.headers().lastHeader("contentType").value(), StandardCharsets.UTF_8))
                .contains(EventEnvelope.KAFKA_CONTENT_TYPE);
        EventEnvelope<UnitChanged> envelope = codec.decode(record.value(), UnitChanged.class);
        assertThat(envelope.source()).isEqualTo("/planning-service");
        assertThat(envelope.subject()).isEqualTo(Units.TINH_SON);
        // The event every other service's read model starts from, as the contract's mother describes it.
        assertThat(envelope.data()).usingRecursiveComparison().ignoringFields("revision")
                .isEqualTo(UnitChangedMother.tinhSon());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.UNIT_DIRECTORY);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            // This service owns all three of its topics: created at start-up as event-contracts Topics declares them.
            for (TopicSpec spec : List.of(Topics.spec(Topics.UNIT_DIRECTORY).orElseThrow(), Topics.spec(Topics.PLANS).orElseThrow(),
                    Topics.spec(Topics.OUTLINES).orElseThrow())) {
                ConfigResource owned = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
                Config ownedConfig = admin.describeConfigs(List.of(owned)).all().get().get(owned);
                assertThat(ownedConfig.get("cleanup.policy").value()).as(spec.name()).isEqualTo("compact");
                assertThat(ownedConfig.get("min.insync.replicas").value()).as(spec.name()).isEqualTo("1");
                assertThat(admin.describeTopics(List.of(spec.name())).allTopicNames().get().get(spec.name()).partitions())
                        .as(spec.name()).hasSize(spec.partitions());
            }
        }
    }

    @Test
    void theOtherServicesReadModelRebuildsTheDirectoryFromTheTopic() {
        await().atMost(Duration.ofSeconds(30)).until(() -> readModel.find("21217-TYT").isPresent()
                && readModel.find("524-DN-BSR").isPresent());

        DirectoryUnit tinhSon = readModel.find(Units.TINH_SON).orElseThrow();
        assertThat(tinhSon.name()).isEqualTo("Xã Tịnh Sơn");
        assertThat(tinhSon.kind()).isEqualTo("COMMUNE");
        assertThat(tinhSon.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(readModel.ancestry("21217-TYT")).containsExactly(Units.QUANG_NGAI, Units.SON_TINH, Units.TINH_SON);
        assertThat(readModel.isSameOrAbove(Units.QUANG_NGAI, "524-DN-BSR")).isTrue();
        assertThat(readModel.children(Units.SON_TINH)).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void importingTheSameFilesAgainChangesAndPublishesNothing() throws IOException {
        awaitAllPublished();
        Map<String, Long> revisionsBefore = revisions();
        int eventsBefore = KafkaEvents.all(Topics.UNIT_DIRECTORY, UnitChanged.class, e -> true, QUIET).size();

        UnitApi.Response units = provinceAdmin.postFile("/api/units/imports", "quang-ngai-units.json", resource(DEMO_UNITS));
        UnitApi.Response agencies = provinceAdmin.postJson("/api/units/imports",
                new String(resource(DEMO_AGENCIES), StandardCharsets.UTF_8));

        assertThat(units.status()).as(units.body()).isEqualTo(200);
        assertThat(units.json().get("records").asInt()).isEqualTo(1 + 13 + 170);
        assertThat(units.json().get("unchanged").asInt()).isEqualTo(1 + 13 + 170);
        assertThat(agencies.status()).as(agencies.body()).isEqualTo(200);
        assertThat(agencies.json().get("unchanged").asInt()).isEqualTo(8);
        for (UnitApi.Response report : List.of(units, agencies)) {
            assertThat(report.json().get("created").asInt()).isZero();
            assertThat(report.json().get("changed").asInt()).isZero();
            assertThat(report.json().get("closed").asInt()).isZero();
        }
        assertThat(pendingPublications()).isZero();
        assertThat(revisions()).isEqualTo(revisionsBefore);
        assertThat(KafkaEvents.all(Topics.UNIT_DIRECTORY, UnitChanged.class, e -> true, QUIET)).hasSize(eventsBefore);
    }

    @Test
    void aRenamedUnitIsPublishedExactlyOnceWithTheNextRevision() throws IOException {
        awaitAllPublished();
        long revision = mongo.findById(Units.TINH_HA, Unit.class).revision();
        String newName = "Thị trấn Tịnh Hà " + UUID.randomUUID().toString().substring(0, 6);
        String rename = """
                {"units": [{"code": "21220", "name": "%s", "type": "Thị trấn", "kind": "COMMUNE", "parentCode": "527"}]}
                """.formatted(newName);

        UnitApi.Response report = provinceAdmin.postJson("/api/units/imports", rename);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("changed").asInt()).isEqualTo(1);
        List<EventEnvelope<UnitChanged>> renamed = KafkaEvents.await(Topics.UNIT_DIRECTORY, UnitChanged.class,
                e -> e.name().equals(newName), 1, Duration.ofSeconds(30));
        assertThat(renamed).singleElement().satisfies(envelope -> {
            assertThat(envelope.data().code()).isEqualTo(Units.TINH_HA);
            assertThat(envelope.data().revision()).isEqualTo(revision + 1);
            assertThat(envelope.data().parentCode()).isEqualTo(Units.SON_TINH);
        });
        // Read on until the topic is quiet: still that one event for the new name.
        assertThat(KafkaEvents.all(Topics.UNIT_DIRECTORY, UnitChanged.class, e -> e.name().equals(newName), QUIET))
                .hasSize(1);
        assertThat(clerk.get("/api/units/21220").json().get("name").asString()).isEqualTo(newName);

        // The official list names it back: one more change.
        UnitApi.Response restored = provinceAdmin.postFile("/api/units/imports", "quang-ngai-units.json", resource(DEMO_UNITS));
        assertThat(restored.json().get("changed").asInt()).isEqualTo(1);
        assertThat(mongo.findById(Units.TINH_HA, Unit.class).name()).isEqualTo("Thị trấn Tịnh Hà");
    }

    @Test
    void aClosedUnitLeavesTheTreeFromItsDateAndIsPublishedClosed() {
        String code = "51-T-" + UUID.randomUUID().toString().substring(0, 6);
        String open = """
                {"validFrom": "2025-03-01", "units": [{"code": "%s", "name": "Trường THCS thử nghiệm", "type": "Trường học",
                  "kind": "SCHOOL", "parentCode": "527"}]}
                """.formatted(code);
        String close = """
                {"units": [{"code": "%s", "name": "Trường THCS thử nghiệm", "type": "Trường học",
                  "kind": "SCHOOL", "parentCode": "527", "validTo": "2025-07-01"}]}
                """.formatted(code);

        assertThat(provinceAdmin.postJson("/api/units/imports", open).json().get("created").asInt()).isEqualTo(1);
        assertThat(provinceAdmin.postJson("/api/units/imports", close).json().get("changed").asInt()).isEqualTo(1);

        assertThat(clerk.get("/api/units/527/children?asOf=2025-06-30").json().values())
                .extracting(n -> n.get("code").asString()).contains(code);
        assertThat(clerk.get("/api/units/527/children?asOf=2025-07-01").json().values())
                .extracting(n -> n.get("code").asString()).doesNotContain(code);
        assertThat(clerk.get("/api/units/" + code).json().get("validTo").asString()).isEqualTo("2025-07-01");
        // The topic keeps each unit's latest state: the closed one, whether or not the relay sent the
        // open state before the second import replaced it.
        List<EventEnvelope<UnitChanged>> closed = KafkaEvents.await(Topics.UNIT_DIRECTORY, UnitChanged.class,
                e -> e.code().equals(code) && e.revision() == 2, 1, Duration.ofSeconds(30));
        assertThat(closed).singleElement().satisfies(envelope -> {
            assertThat(envelope.data().validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(envelope.data().validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        });
        assertThat(eventsOf(code)).extracting(e -> e.data().revision()).isSorted().endsWith(2L);
    }

    @Test
    void aBadFileIsRefusedWithProblemDetailsNamingTheRecordsAndNothingIsStored() {
        String bad = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "527", "name": "Thị xã Sơn Tịnh", "type": "Thị xã",
                    "level3s": [{"level3_id": "21217", "name": "Phường Tịnh Sơn", "type": "Phường"},
                                {"level3_id": "29001", "name": "Xã Mới", "type": "Xã"},
                                {"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"},
                                {"level3_id": "29002", "type": "Xã"}]}]}]}
                """;
        Map<String, Long> revisionsBefore = revisions();

        UnitApi.Response refused = provinceAdmin.postFile("/api/units/imports", "sai.json", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("rule").asString()).isEqualTo("invalid-unit-import");
        assertThat(problem.get("title").asString()).isEqualTo("Tệp danh mục đơn vị không hợp lệ");
        assertThat(problem.get("detail").asString()).contains("21217").contains("29002");
        assertThat(problem.get("errors").values()).extracting(e -> e.get("record").asString(), e -> e.get("rule").asString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("21217", "duplicate-code"),
                        org.assertj.core.groups.Tuple.tuple("29002", "missing-name"));

        assertThat(mongo.findById("29001", Unit.class)).isNull();
        assertThat(mongo.findById("527", Unit.class).name()).isEqualTo("Huyện Sơn Tịnh");
        assertThat(mongo.findById("21217", Unit.class).name()).isEqualTo("Xã Tịnh Sơn");
        assertThat(revisions()).isEqualTo(revisionsBefore);
    }

    @Test
    void healthAndApiDescriptionAreOpen() {
        UnitApi anonymous = new UnitApi(port, null);
        UnitApi.Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/mongoPing/status").asString()).isEqualTo("UP");

        UnitApi.Response apiDocs = anonymous.get("/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.json().at("/paths").propertyNames())
                .contains("/api/units/{code}", "/api/units/{code}/children", "/api/units", "/api/units/imports",
                        "/api/plans", "/api/plans/{planId}/issue", "/api/plans/{planId}/internal-deadlines/{unitCode}",
                        "/api/plans/{planId}/extensions", "/api/plans/{planId}/amendments", "/api/outlines/{outlineId}",
                        "/api/outlines/{outlineId}/versions/{version}");
    }

    @Test
    void onlyAnAdministratorOfTheProvinceMayImportAndOnlyAuthenticatedCallersRead() throws IOException {
        byte[] file = resource(DEMO_UNITS);
        String rename = """
                {"units": [{"code": "21217", "name": "Xã Tịnh Sơn mới", "type": "Xã", "kind": "COMMUNE", "parentCode": "527"}]}
                """;

        UnitApi.Response byClerk = clerk.postFile("/api/units/imports", "quang-ngai-units.json", file);
        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(byClerk.json().get("rule").asString()).isEqualTo("access-refused");

        UnitApi districtAdmin = new UnitApi(port, TestTokens.issue("quantri.sontinh", Units.SON_TINH, "ADMIN"));
        assertThat(districtAdmin.postJson("/api/units/imports", rename).status()).isEqualTo(403);
        UnitApi otherProvinceAdmin = new UnitApi(port, TestTokens.issue("quantri.binhdinh", "52", "ADMIN"));
        UnitApi.Response otherProvince = otherProvinceAdmin.postJson("/api/units/imports", rename);
        assertThat(otherProvince.status()).as(otherProvince.body()).isEqualTo(403);
        assertThat(otherProvince.json().get("detail").asString()).contains("province 51");
        assertThat(mongo.findById(Units.TINH_SON, Unit.class).name()).isEqualTo("Xã Tịnh Sơn");

        UnitApi anonymous = new UnitApi(port, null);
        assertThat(anonymous.postFile("/api/units/imports", "quang-ngai-units.json", file).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/units/21217").status()).isEqualTo(401);
    }
}
