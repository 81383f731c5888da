package vn.antt.reporting.planning.unit;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Makes sure the {@code unit-directory} topic exists and is compacted before anything is published to
 * it. The binder declares it compacted only when it creates it; but a consumer of the directory that
 * starts first creates it with the broker's default policy ({@code delete}), and the units would then
 * vanish after the retention time. As the owner of the topic, this service creates it, or corrects
 * its policy, on its first publication.
 */
@Component
@ConditionalOnProperty(name = "reporting.units.relay.enabled", havingValue = "true", matchIfMissing = true)
public class UnitDirectoryTopic {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryTopic.class);

    private final KafkaAdmin admin;
    private final String topic;
    private volatile boolean ensured;

    public UnitDirectoryTopic(KafkaAdmin kafkaAdmin,
            @Value("${spring.cloud.stream.bindings." + UnitDirectoryRelay.BINDING + ".destination}") String topic) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        this.admin = new KafkaAdmin(config);
        this.admin.setModifyTopicConfigs(true);
        this.admin.setOperationTimeout(15);
        this.topic = topic;
    }

    /** Creates the topic compacted, or sets its policy to compact; once per process. Throws when Kafka cannot be reached. */
    public void ensureCompacted() {
        if (ensured) {
            return;
        }
        NewTopic compacted = TopicBuilder.name(topic)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
        admin.createOrModifyTopics(compacted);
        ensured = true;
        log.info("Topic {} is compacted", topic);
    }

    public String topic() {
        return topic;
    }
}
