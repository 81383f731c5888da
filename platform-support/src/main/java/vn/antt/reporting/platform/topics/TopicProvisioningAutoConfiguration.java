package vn.antt.reporting.platform.topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.kafka.core.KafkaAdmin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Publishers own their topics: at start-up the service's {@link KafkaAdmin} creates each topic it publishes to and
 * each of its dead-letter topics as {@link TopicProvisioning} describes them, adds partitions to one that has fewer,
 * and corrects its configuration ({@code spring.kafka.admin.modify-topic-configs}). A broker that cannot be reached
 * at start-up is logged and not fatal; the binder then creates a missing topic with the broker's defaults. A declared
 * topic the service only reads is created as declared when it is missing ({@link MissingReadTopics}), never altered.
 * Records sent to a dead-letter topic are counted ({@link DeadLetterCounter}).
 */
@AutoConfiguration
@ConditionalOnClass({KafkaAdmin.class, NewTopic.class})
@EnableConfigurationProperties(TopicProperties.class)
public class TopicProvisioningAutoConfiguration {

    @Bean
    TopicProvisioning topicProvisioning(TopicProperties properties) {
        return new TopicProvisioning(properties);
    }

    @Bean
    @ConditionalOnClass(DlqPartitionFunction.class)
    DeadLetterCounter deadLetterCounter(ObjectProvider<MeterRegistry> meters, Environment environment) {
        return new DeadLetterCounter(meters.getIfAvailable(SimpleMeterRegistry::new), TopicProvisioning.deadLettersOf(environment));
    }

    /** Dead letters of batch bindings one record at a time ({@link BatchDeadLetters}); a service may bring its own. */
    @Bean
    @ConditionalOnClass({DlqPartitionFunction.class, KafkaProperties.class})
    @ConditionalOnMissingBean(ListenerContainerWithDlqAndRetryCustomizer.class)
    BatchDeadLetters batchDeadLetters(KafkaProperties kafka, DeadLetterCounter deadLetters) {
        return new BatchDeadLetters(kafka, deadLetters);
    }

    @Bean
    KafkaAdmin.NewTopics ownedTopics(TopicProvisioning provisioning, Environment environment) {
        return new KafkaAdmin.NewTopics(TopicProvisioning.ownedBy(environment).stream()
                .map(provisioning::newTopic).toArray(NewTopic[]::new));
    }

    @Bean
    MissingReadTopics missingReadTopics(KafkaAdmin kafkaAdmin, TopicProvisioning provisioning, Environment environment) {
        return new MissingReadTopics(kafkaAdmin, TopicProvisioning.readBy(environment).stream().map(provisioning::newTopic).toList());
    }
}
