package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SharedInfrastructure;

class DeadLetterIntegrationTest extends NotificationApiTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonEventLandsOnTheDeadLetterTopicWithTheReasonWhileTheNextOnesAreDelivered() throws Exception {
        String unit = unitOfThisTest();
        String clerkMail = "vanthu." + unit.toLowerCase() + "@baocao.test";
        register(unit, "CLERK", clerkMail, "vi", "IMMEDIATE");
        String poison = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"không phải sự kiện\"";
        KafkaEvents.publishRaw(Topics.REVIEW_EVENTS, "poison", poison.getBytes(StandardCharsets.UTF_8));
        ReportSubmitted submitted = ReportSubmittedMother.aReportSubmitted()
                .unit(new UnitRef(unit, "Xã Tịnh Sơn", "COMMUNE", List.of(Units.QUANG_NGAI, Units.SON_TINH))).build();
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(submitted));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(clerkMail).size() == 1);
        assertThat(mailsTo(clerkMail).get(0).getSubject()).startsWith("[Đã chấp nhận] Kế hoạch số");

        try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            dlq.subscribe(List.of("review-events-dlq-notification"));
            ConsumerRecord<byte[], byte[]> found = await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : dlq.poll(Duration.ofMillis(500))) {
                    if (new String(record.value(), StandardCharsets.UTF_8).equals(poison)) {
                        return record;
                    }
                }
                return null;
            }, r -> r != null);
            Header reason = found.headers().lastHeader("x-exception-message");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
        }
        // Operators see it: the dead-letter counter of that topic (the alert DeadLetterRecords), and the topic is the
        // one this consumer created at start-up (one partition, event-contracts Topics).
        assertThat(meters.get("reporting.dead.letters").tag("topic", "review-events-dlq-notification")
                .tag("source", Topics.REVIEW_EVENTS).tag("group", "notification-service").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("reporting.dead.letters").tag("topic", "plans-dlq-notification").counter().count()).isZero();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeTopics(List.of("deadline-alerts-dlq-notification")).allTopicNames().get()
                    .get("deadline-alerts-dlq-notification").partitions()).hasSize(Topics.DEAD_LETTER_PARTITIONS);
        }
    }

    @Test
    void everyChannelsDeliveriesAndTheInboxAndEmailCircuitsAreExportedBeforeTheFirstDelivery() {
        for (String channel : List.of("email", "inbox", "webhook")) {
            assertThat(meters.get("reporting.notifications").tag("channel", channel).counters()).hasSize(4);
        }
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", "email").gauges()).isNotEmpty();
    }
}
