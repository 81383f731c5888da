package vn.antt.reporting.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;

/**
 * A test that publishes to a topic of the platform stands for its publisher, so it creates the topic the way the
 * publishing service does at start-up (platform-support {@code TopicProvisioning}): as event-contracts {@link Topics}
 * declares it — its partitions, compaction and record size —, with the test broker's replication (1, {@code min.insync.replicas} 1).
 * A topic that already exists is left as it is. A name {@link Topics} does not declare (a dead-letter or scratch topic)
 * is left to whoever creates it. No consumer adds partitions, in the tests either.
 */
public final class DeclaredTopics {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private DeclaredTopics() {
    }

    /** Creates {@code topic} as declared when it is a declared topic that does not exist yet. */
    public static void ensure(String topic) {
        if (CREATED.contains(topic)) {
            return;
        }
        Topics.spec(topic).ifPresent(spec -> {
            create(spec);
            CREATED.add(topic);
        });
    }

    /** The topic as the broker should have it (as TopicProvisioning.newTopic with replication 1). */
    public static NewTopic newTopic(TopicSpec spec) {
        Map<String, String> configs = new HashMap<>(Map.of(
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1",
                TopicConfig.CLEANUP_POLICY_CONFIG, spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
        if (spec.maxMessageBytes() != null) {
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(spec.maxMessageBytes()));
        }
        return new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(configs);
    }

    private static void create(TopicSpec spec) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(newTopic(spec))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + spec.name(), e.getCause());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("could not create topic " + spec.name(), e);
        }
    }
}
