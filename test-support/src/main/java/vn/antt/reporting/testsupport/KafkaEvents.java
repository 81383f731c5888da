package vn.antt.reporting.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.EventEnvelope;

/** Publishes and reads CloudEvents on the shared broker with plain Kafka clients, as another service would. */
public final class KafkaEvents {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private KafkaEvents() {
    }

    public static EventEnvelope<DomainEvent> publish(DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/test", Instant.now(), event);
        publish(envelope);
        return envelope;
    }

    public static void publish(EventEnvelope<? extends DomainEvent> envelope) {
        String topic = EventCatalog.entryFor(envelope.data().getClass()).topic();
        publishRaw(topic, envelope.partitionKey(), CODEC.encode(envelope));
    }

    /** Sends any bytes, e.g. a poison message. */
    public static void publishRaw(String topic, String key, byte[] value) {
        DeclaredTopics.ensure(topic);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            // No headers: like any non-Spring producer; consumers rely on the binding's content type.
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /**
     * Sends the records (key, value) in one go, as a burst arrives: those of a partition share a record batch on the
     * broker, so the consumer fetches them together, in one poll unless the poll is already full.
     */
    public static void publishTogether(String topic, List<Map.Entry<String, byte[]>> records) {
        DeclaredTopics.ensure(topic);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                // Held until all are in (the flush below), so they share a record batch on the broker.
                ProducerConfig.LINGER_MS_CONFIG, 5_000,
                ProducerConfig.BATCH_SIZE_CONFIG, 1_000_000))) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(producer.send(new ProducerRecord<>(topic, r.getKey(), r.getValue()))));
            producer.flush();
            for (java.util.concurrent.Future<?> future : sent) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** The encoded envelope, as {@link #publish(EventEnvelope)} sends it. */
    public static byte[] encode(EventEnvelope<? extends DomainEvent> envelope) {
        return CODEC.encode(envelope);
    }

    /**
     * Reads {@code topic} from the beginning until {@code expected} events matching {@code filter}
     * have arrived or {@code timeout} passes; returns those found.
     */
    public static <T extends DomainEvent> List<EventEnvelope<T>> await(String topic, Class<T> type,
            Predicate<T> filter, int expected, Duration timeout) {
        List<EventEnvelope<T>> found = new ArrayList<>();
        DeclaredTopics.ensure(topic);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + timeout.toNanos();
            while (found.size() < expected && System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope<? extends DomainEvent> envelope = CODEC.decode(record.value());
                    if (type.isInstance(envelope.data()) && filter.test(type.cast(envelope.data()))) {
                        @SuppressWarnings("unchecked")
                        EventEnvelope<T> typed = (EventEnvelope<T>) envelope;
                        found.add(typed);
                    }
                }
            }
        }
        return found;
    }

    /** The headers (as UTF-8 text) of the record carrying event {@code eventId}; empty if it does not arrive in time. */
    public static Map<String, String> headersOf(String topic, String eventId, Duration timeout) {
        DeclaredTopics.ensure(topic);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (CODEC.decode(record.value()).id().equals(eventId)) {
                        Map<String, String> headers = new java.util.LinkedHashMap<>();
                        record.headers().forEach(h -> headers.put(h.key(),
                                new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
                        return headers;
                    }
                }
            }
        }
        return Map.of();
    }

    /** Every matching event on the topic, reading until the topic is idle for {@code quiet}. */
    public static <T extends DomainEvent> List<EventEnvelope<T>> all(String topic, Class<T> type,
            Predicate<T> filter, Duration quiet) {
        List<EventEnvelope<T>> found = new ArrayList<>();
        DeclaredTopics.ensure(topic);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < quiet.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    EventEnvelope<? extends DomainEvent> envelope = CODEC.decode(record.value());
                    if (type.isInstance(envelope.data()) && filter.test(type.cast(envelope.data()))) {
                        @SuppressWarnings("unchecked")
                        EventEnvelope<T> typed = (EventEnvelope<T>) envelope;
                        found.add(typed);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The records of {@code key} on {@code topic} (e.g. a dead-letter topic), read from the beginning until {@code expected}
     * arrived or {@code timeout} passed, then for a few more polls: anything else of that key sent with them is found too.
     */
    public static List<ConsumerRecord<String, byte[]>> recordsOf(String topic, String key, int expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        DeclaredTopics.ensure(topic);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + timeout.toNanos();
            while (found.size() < expected && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
            for (int i = 0; i < 3; i++) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // A reader never creates a topic (with the broker's defaults): publishers do, as declared.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }
}
