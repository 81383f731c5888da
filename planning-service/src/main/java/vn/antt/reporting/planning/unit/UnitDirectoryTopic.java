package vn.antt.reporting.planning.unit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.platform.topics.TopicProvisioning;

/**
 * Makes sure the {@code unit-directory} topic exists and is compacted before anything is published to
 * it. The platform creates it at start-up as {@code Topics} declares it (platform-support {@code topics});
 * but when Kafka could not be reached then, a consumer of the directory that starts first creates it with
 * the broker's default policy ({@code delete}), and the units would vanish after the retention time. As
 * the owner of the topic, this service creates it, or corrects its policy, again on its first publication,
 * from the same declaration.
 */
@Component
@ConditionalOnProperty(name = "reporting.units.relay.enabled", havingValue = "true", matchIfMissing = true)
public class UnitDirectoryTopic {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryTopic.class);

    private final KafkaAdmin admin;
    private final String topic;
    private volatile boolean ensured;

    private final TopicProvisioning provisioning;

    public UnitDirectoryTopic(KafkaAdmin kafkaAdmin, TopicProvisioning provisioning,
            @Value("${spring.cloud.stream.bindings." + UnitDirectoryRelay.BINDING + ".destination}") String topic) {
        this.provisioning = provisioning;
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
        Optional<TopicSpec> declared = Topics.spec(topic);
        if (declared.isEmpty()) { // a test's scratch topic: left to the binder, as TopicProvisioning does
            ensured = true;
            return;
        }
        NewTopic compacted = provisioning.newTopic(declared.get());
        admin.createOrModifyTopics(compacted);
        ensured = true;
        log.info("Topic {} is compacted", topic);
    }

    public String topic() {
        return topic;
    }
}
