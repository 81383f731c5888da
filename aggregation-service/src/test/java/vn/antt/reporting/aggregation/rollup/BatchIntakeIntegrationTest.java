package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.UnreadableEventException;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SharedInfrastructure;

/**
 * The intake takes a poll as one batch and one bulk write: a poison record in the middle of a batch goes alone to the
 * dead-letter topic with its reason while the records around it count; a burst of every unit's events gives the
 * roll-ups written down by hand and the same as the rebuild (which replays the log's events in memory, in batches of its
 * own, both topics in one poll); the same batch
 * delivered again changes nothing.
 */
class BatchIntakeIntegrationTest extends AggregationApiTest {

    private static final Logger log = LoggerFactory.getLogger(BatchIntakeIntegrationTest.class);
    private static final String SESSIONS = "propaganda.sessions";
    private static final String DEAD_LETTERS = "submission-events-dlq-aggregation";

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicWhileTheRecordsAroundItCount() throws Exception {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, List.of(Units.tinhSon(), Units.tinhHa())).build());
        // Both reports of one key (one partition): before and after the poison in the same record batch.
        ReportSubmitted tinhSon = submitted(planId, Units.tinhSon(), 30);
        ReportSubmitted tinhHa = submitted(planId, Units.tinhHa(), 12);
        String key = planId + ":" + Units.TINH_SON;
        byte[] poison = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"không phải sự kiện\"")
                .getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = deadLetterCount();

        KafkaEvents.publishTogether(Topics.SUBMISSION_EVENTS, List.of(
                Map.entry(key, KafkaEvents.encode(EventEnvelope.of("/test", Instant.now(), tinhSon))),
                Map.entry(key, poison),
                Map.entry(key, KafkaEvents.encode(EventEnvelope.of("/test", Instant.now(), tinhHa)))));

        ApiClient district = as(Units.SON_TINH, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode sessions = QuangNgaiRollupIntegrationTest.indicator(district.get(path(planId, Units.SON_TINH)).json(), SESSIONS);
            assertThat(sessions.get("provisional").get("text").asString()).isEqualTo("42 lượt");
            assertThat(sessions.get("provisional").get("units").asLong()).isEqualTo(2);
        });

        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(key, 1);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(header(letter, "x-original-topic")).isEqualTo(Topics.SUBMISSION_EVENTS);
        assertThat(header(letter, "x-exception-fqcn")).isEqualTo(UnreadableEventException.class.getName());
        assertThat(header(letter, "x-exception-message")).isNotBlank();
        assertThat(header(letter, "x-exception-stacktrace")).contains(UnreadableEventException.class.getName());
        assertThat(letter.headers().lastHeader("x-original-offset")).isNotNull();
        // Operators see it the same way as the binder's dead letters: the counter behind the DeadLetterRecords alert.
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore + 1);
    }

    @Test
    void aBurstOfEveryUnitsEventsGivesTheRollupsByHandAndTheOneByOneRebuildAndItsRedeliveryChangesNothing() {
        String planId = "kh-119-" + UUID.randomUUID();
        List<UnitRef> units = QuangNgaiHierarchy.reportingUnits();
        publish(planOf(planId, units).build());
        List<UnitHistory> histories = UnitHistory.every(planId, units, new Random(21));
        // Every event, a third of them twice, shuffled; each topic's records sent in one go.
        List<DomainEvent> events = new ArrayList<>();
        histories.forEach(h -> events.addAll(h.events()));
        events.addAll(new ArrayList<>(events.subList(0, events.size() / 3)));
        Collections.shuffle(events, new Random(22));
        Map<String, List<Map.Entry<String, byte[]>>> byTopic = new LinkedHashMap<>();
        for (DomainEvent event : events) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/test", Instant.now(), event);
            byTopic.computeIfAbsent(EventCatalog.entryFor(event.getClass()).topic(), t -> new ArrayList<>())
                    .add(Map.entry(envelope.partitionKey(), KafkaEvents.encode(envelope)));
        }
        Intake before = intake();

        byTopic.forEach(KafkaEvents::publishTogether);

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(intake().records() - before.records())
                .isGreaterThanOrEqualTo(events.size()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                QuangNgaiRollupIntegrationTest.assertRollup(province.get(path(planId, Units.QUANG_NGAI)).json(), histories, u -> true));
        Intake after = intake();
        long batches = after.batches() - before.batches();
        long records = after.records() - before.records();
        long writes = after.storeUpdates() - before.storeUpdates();
        log.info("{} records in {} batches ({} per batch), {} update commands to {} ({} per batch)", records, batches,
                String.format("%.1f", (double) records / batches), writes, Contribution.COLLECTION,
                String.format("%.2f", (double) writes / batches));
        // Batches, not records: fewer polls than records, and at most one bulk write per poll (two when the first
        // upsert of a unit raced the other topic's consumer).
        assertThat(batches).isLessThan(records);
        if (after.storeUpdates() > 0) {
            assertThat(writes).isLessThanOrEqualTo(2 * batches);
        }

        // The rebuild replays the same events from the log in memory, in batches of its own (both topics in one poll), and
        // finds the live roll-ups, written through the store's ledger, equal.
        ApiClient admin = as(Units.QUANG_NGAI, "ADMIN");
        ApiClient.Response rebuilt = admin.post("/api/rollups/" + planId + "/rebuild", null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("differences")).isEmpty();

        // The same batches again, as after a consumer that died before committing: nothing changes.
        List<Contribution> stored = contributions(planId);
        JsonNode rollup = withoutTime(province.get(path(planId, Units.QUANG_NGAI)).json());
        Intake beforeRedelivery = intake();
        byTopic.forEach(KafkaEvents::publishTogether);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(intake().records() - beforeRedelivery.records())
                .isGreaterThanOrEqualTo(events.size()));
        assertThat(contributions(planId)).isEqualTo(stored);
        assertThat(withoutTime(province.get(path(planId, Units.QUANG_NGAI)).json())).isEqualTo(rollup);
    }

    private static JsonNode withoutTime(JsonNode rollup) {
        JsonNode copy = rollup.deepCopy();
        ((ObjectNode) copy).remove("asOf");
        return copy;
    }

    private List<Contribution> contributions(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)).with(Sort.by("_id")),
                Contribution.class);
    }

    private static ReportSubmitted submitted(String planId, UnitRef unit, int sessions) {
        return ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                .submissionId(planId + ":" + unit.code() + ":1").figures(List.of(FigureValue.exact(SESSIONS, sessions))).build();
    }

    /** What the intake counted so far: records, batches, and the update commands the store received for the roll-ups. */
    private record Intake(long records, long batches, long storeUpdates) {
    }

    private Intake intake() {
        return new Intake(
                (long) Search.in(meters).name("reporting.rollup.intake.records").counters().stream().mapToDouble(c -> c.count()).sum(),
                (long) Search.in(meters).name("reporting.rollup.intake.batches").counters().stream().mapToDouble(c -> c.count()).sum(),
                Search.in(meters).name("mongodb.driver.commands").tag("command", "update").tag("collection", Contribution.COLLECTION)
                        .timers().stream().mapToLong(t -> t.count()).sum());
    }

    private double deadLetterCount() {
        return Search.in(meters).name("reporting.dead.letters").tag("topic", DEAD_LETTERS).tag("source", Topics.SUBMISSION_EVENTS)
                .tag("group", "aggregation-service").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** The dead letters of this key, read until {@code expected} arrived and the topic then stays quiet for a while. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            dlq.subscribe(List.of(DEAD_LETTERS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlq.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
            // Anything else of this key would have been sent with it: a few more polls find nothing.
            for (int i = 0; i < 3; i++) {
                dlq.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
