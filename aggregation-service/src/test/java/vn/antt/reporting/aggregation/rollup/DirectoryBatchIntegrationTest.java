package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.UnreadableEventException;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SharedInfrastructure;

/**
 * The platform's directory consumer in batches, in a service: one poll, one bulk write, newer wins inside the batch and
 * over what is stored; a poison record in the middle goes alone to the dead-letter topic while the rest are applied.
 */
class DirectoryBatchIntegrationTest extends AggregationApiTest {

    private static final String DEAD_LETTERS = "unit-directory-dlq-aggregation";

    @Autowired
    UnitDirectory directory;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicWhileTheRestAreAppliedNewerWinning() {
        // Codes of this test only; one key for the poison and the records around it (one partition, one poll).
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        String other = "T" + UUID.randomUUID().toString().substring(0, 8);
        byte[] poison = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"không phải sự kiện\"")
                .getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = deadLetterCount();

        KafkaEvents.publishTogether(Topics.UNIT_DIRECTORY, List.of(
                record(commune(code, "Xã Thử Nghiệm", 1)),
                record(commune(code, "Xã Thử Nghiệm Mới", 3)),
                Map.entry(code, poison),
                record(commune(code, "Xã Thử Nghiệm (cũ)", 2)), // older than the one before it: changes nothing
                record(commune(code, "Xã Thử Nghiệm Mới (lặp)", 3)), // the same revision again: changes nothing
                record(commune(other, "Xã Bên Cạnh", 1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(directory.find(other)).get().extracting(DirectoryUnit::name).isEqualTo("Xã Bên Cạnh"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.find(code)).get().satisfies(unit -> {
            assertThat(unit.revision()).isEqualTo(3);
            assertThat(unit.name()).isEqualTo("Xã Thử Nghiệm Mới");
        }));

        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(code, 1);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(header(letter, "x-original-topic")).isEqualTo(Topics.UNIT_DIRECTORY);
        assertThat(header(letter, "x-exception-fqcn")).isEqualTo(UnreadableEventException.class.getName());
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore + 1);

        // A later batch with an older revision changes nothing either; a newer one is applied.
        KafkaEvents.publishTogether(Topics.UNIT_DIRECTORY, List.of(record(commune(code, "Xã Thử Nghiệm (cũ)", 2)),
                record(commune(code, "Xã Thử Nghiệm Sau", 4))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(directory.find(code)).get().extracting(DirectoryUnit::revision).isEqualTo(4L));
        assertThat(directory.find(code)).get().extracting(DirectoryUnit::name).isEqualTo("Xã Thử Nghiệm Sau");
    }

    private static Map.Entry<String, byte[]> record(UnitChanged event) {
        EventEnvelope<UnitChanged> envelope = EventEnvelope.of("/test", Instant.now(), event);
        return Map.entry(envelope.partitionKey(), KafkaEvents.encode(envelope));
    }

    private static UnitChanged commune(String code, String name, long revision) {
        return new UnitChanged(code, name, "Xã", "COMMUNE", "51", LocalDate.of(2008, 1, 1), null, revision, null, List.of());
    }

    private double deadLetterCount() {
        return Search.in(meters).name("reporting.dead.letters").tag("topic", DEAD_LETTERS).tag("source", Topics.UNIT_DIRECTORY)
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
