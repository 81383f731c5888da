package vn.antt.reporting.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicAnEventIsPublishedOnIsDeclaredWithItsPartitions() {
        Set<String> eventTopics = EventCatalog.EVENTS.stream().map(e -> EventCatalog.entryFor(e).topic()).collect(Collectors.toSet());
        Set<String> declared = Topics.SPECS.stream().map(TopicSpec::name).collect(Collectors.toSet());
        assertThat(declared).isEqualTo(eventTopics).hasSize(Topics.SPECS.size());
    }

    @Test
    void theBusyStreamsAllowAggregationsThreeConsumersInTwoInstances() {
        assertThat(Topics.spec(Topics.SUBMISSION_EVENTS).orElseThrow().partitions()).isEqualTo(6);
        assertThat(Topics.spec(Topics.REVIEW_EVENTS).orElseThrow().partitions()).isEqualTo(6);
        assertThat(Topics.spec(Topics.SUBMISSION_EVENTS).orElseThrow().compacted()).isFalse();
    }

    @Test
    void theLatestStateTopicsAreCompactedAndTheStreamsAreNot() {
        assertThat(Topics.SPECS.stream().filter(TopicSpec::compacted).map(TopicSpec::name))
                .containsExactlyInAnyOrder(Topics.UNIT_DIRECTORY, Topics.PLANS, Topics.OUTLINES);
    }

    @Test
    void aDeadLetterTopicHasOnePartitionAndIsNotCompacted() {
        assertThat(Topics.deadLetter("plans-dlq-review")).isEqualTo(new TopicSpec("plans-dlq-review", 1, false));
        // A plan's dead letter is as large as the plan: the dead-letter topic of a plans consumer takes the topic's limit.
        assertThat(Topics.deadLetter("plans-dlq-review", Topics.PLANS))
                .isEqualTo(new TopicSpec("plans-dlq-review", 1, false, Topics.PLANS_MAX_MESSAGE_BYTES));
        assertThat(Topics.deadLetter("review-events-dlq-submission", Topics.REVIEW_EVENTS).maxMessageBytes()).isNull();
        assertThat(Topics.spec("plans-dlq-review")).isEmpty();
    }

    @Test
    void aTopicWithoutPartitionsIsRefused() {
        assertThatThrownBy(() -> new TopicSpec("x", 0, false)).hasMessageContaining("at least one partition");
    }
}
