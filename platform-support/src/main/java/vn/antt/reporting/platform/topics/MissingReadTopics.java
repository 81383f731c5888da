package vn.antt.reporting.platform.topics;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates, before the bindings start, each declared topic the service reads that does not exist yet
 * ({@link TopicProvisioning#readBy}), as {@link vn.antt.reporting.contracts.Topics} declares it. Only a missing topic
 * is created; an existing one is left as it is (its publisher corrects it). Two services creating it at once is
 * harmless: the second is told it exists. A broker that cannot be reached is logged and not fatal, as for the owned
 * topics.
 */
public class MissingReadTopics implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MissingReadTopics.class);

    private final KafkaAdmin kafkaAdmin;
    private final List<NewTopic> read;

    public MissingReadTopics(KafkaAdmin kafkaAdmin, List<NewTopic> read) {
        this.kafkaAdmin = kafkaAdmin;
        this.read = read;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (read.isEmpty()) {
            return;
        }
        int timeout = kafkaAdmin.getOperationTimeout();
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Set<String> existing = admin.listTopics().names().get(timeout, TimeUnit.SECONDS);
            List<NewTopic> missing = read.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, created) -> {
                try {
                    created.get(timeout, TimeUnit.SECONDS);
                    log.info("Created topic {} as declared (its publisher has not started yet)", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        log.warn("Could not create topic {}: {}", name, e.getCause().toString());
                    }
                } catch (Exception e) {
                    log.warn("Could not create topic {}: {}", name, e.toString());
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        } catch (Exception e) {
            log.warn("Could not check the topics this service reads: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
