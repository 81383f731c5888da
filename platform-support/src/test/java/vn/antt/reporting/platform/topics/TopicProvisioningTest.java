package vn.antt.reporting.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;

class TopicProvisioningTest {

    /** The bindings of a service like review-service: it publishes review-events and consumes two topics. */
    private static StandardEnvironment reviewLike() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.stream.bindings.reviewEvents-out-0.destination", "review-events");
        properties.put("spring.cloud.stream.bindings.submissionEvents-in-0.destination", "submission-events");
        properties.put("spring.cloud.stream.bindings.submissionEvents-in-0.group", "review-service");
        properties.put("spring.cloud.stream.bindings.plans-in-0.destination", "plans");
        properties.put("spring.cloud.stream.bindings.plans-in-0.group", "review-service");
        properties.put("spring.cloud.stream.bindings.scratch-out-0.destination", "a-test-topic");
        properties.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        properties.put("spring.cloud.stream.kafka.bindings.submissionEvents-in-0.consumer.dlq-name", "submission-events-dlq-review");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("bindings", properties));
        return environment;
    }

    @Test
    void aServiceOwnsTheTopicsItPublishesAndItsDeadLetterTopics() {
        assertThat(TopicProvisioning.ownedBy(reviewLike())).containsExactlyInAnyOrder(
                Topics.spec(Topics.REVIEW_EVENTS).orElseThrow(),
                new TopicSpec("submission-events-dlq-review", 1, false),
                // No dlq-name: the binder's default name; a plan's dead letter is as large as the plan.
                new TopicSpec("error.plans.review-service", 1, false, Topics.PLANS_MAX_MESSAGE_BYTES));
    }

    @Test
    void theDeclaredTopicsAServiceOnlyReadsAreTheOnesItMayCreateWhenMissing() {
        // a-test-topic is not declared; review-events is published, so it is owned, not merely read.
        StandardEnvironment environment = reviewLike();
        environment.getPropertySources().addFirst(new MapPropertySource("own-input",
                Map.of("spring.cloud.stream.bindings.replay-in-0.destination", "review-events")));
        assertThat(TopicProvisioning.readBy(environment)).containsExactly(
                Topics.spec(Topics.PLANS).orElseThrow(), Topics.spec(Topics.SUBMISSION_EVENTS).orElseThrow());
    }

    @Test
    void theDeclaredPartitionsAndCompactionGoWithTheClustersReplication() {
        NewTopic plans = new TopicProvisioning(new TopicProperties(3, 2)).newTopic(Topics.spec(Topics.PLANS).orElseThrow());
        assertThat(plans.numPartitions()).isEqualTo(3);
        assertThat(plans.replicationFactor()).isEqualTo((short) 3);
        assertThat(plans.configs()).containsEntry("min.insync.replicas", "2").containsEntry("cleanup.policy", "compact");
        NewTopic events = new TopicProvisioning(new TopicProperties(0, 0)).newTopic(Topics.spec(Topics.SUBMISSION_EVENTS).orElseThrow());
        assertThat(events.numPartitions()).isEqualTo(6);
        assertThat(events.replicationFactor()).isEqualTo((short) 1);
        assertThat(events.configs()).containsEntry("min.insync.replicas", "1").containsEntry("cleanup.policy", "delete");
        // A plan is one record of up to 4 MiB: only its topic (and its dead letters) raise the broker's 1 MB.
        assertThat(plans.configs()).containsEntry("max.message.bytes", String.valueOf(Topics.PLANS_MAX_MESSAGE_BYTES));
        assertThat(events.configs()).doesNotContainKey("max.message.bytes");
    }

    @Test
    void moreInSyncReplicasThanCopiesIsRefused() {
        assertThatThrownBy(() -> new TopicProperties(1, 2)).hasMessageContaining("min-insync-replicas");
    }

    @Test
    void deadLettersAreCountedPerTopicFromZeroAndGoToPartitionZero() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterCounter counter = new DeadLetterCounter(meters, TopicProvisioning.deadLettersOf(reviewLike()));
        assertThat(meters.get("reporting.dead.letters").tag("topic", "submission-events-dlq-review").counter().count()).isZero();

        Integer partition = counter.apply("review-service", new ConsumerRecord<>("submission-events", 4, 17L, "k", "v"),
                new IllegalStateException("unreadable"));

        assertThat(partition).isZero();
        assertThat(meters.get("reporting.dead.letters").tag("topic", "submission-events-dlq-review")
                .tag("source", "submission-events").tag("group", "review-service").counter().count()).isEqualTo(1);
        assertThat(meters.get("reporting.dead.letters").tag("topic", "error.plans.review-service").counter().count()).isZero();
    }
}
