package vn.antt.reporting.platform.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;

import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;

/**
 * The topics a service owns, read from its own bindings: the destinations of its output bindings ({@code *-out-*})
 * that {@link Topics} declares, and the dead-letter topic of each of its consumer bindings (the {@code dlq-name}, or
 * the binder's default {@code error.<destination>.<group>}). Their partitions, compaction and record size come from {@link Topics}
 * (a dead-letter topic takes its source's),
 * replication and {@code min.insync.replicas} from {@link TopicProperties}. A destination {@link Topics} does not
 * declare (a test's scratch topic) is left to the binder.
 */
public final class TopicProvisioning {

    private final TopicProperties properties;

    public TopicProvisioning(TopicProperties properties) {
        this.properties = properties;
    }

    /** The topic as the broker should have it. */
    public NewTopic newTopic(TopicSpec spec) {
        TopicBuilder builder = TopicBuilder.name(spec.name())
                .partitions(spec.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas()));
        builder.config(TopicConfig.CLEANUP_POLICY_CONFIG,
                spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        if (spec.maxMessageBytes() != null) {
            builder.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(spec.maxMessageBytes()));
        }
        return builder.build();
    }

    /** Every topic this service publishes to or dead-letters into, in the order its bindings name them. */
    public static List<TopicSpec> ownedBy(Environment environment) {
        Map<String, TopicSpec> owned = new LinkedHashMap<>();
        bindings(environment).forEach((name, binding) -> {
            if (name.contains("-out-") && binding.destination() != null) {
                Topics.spec(binding.destination()).ifPresent(spec -> owned.putIfAbsent(spec.name(), spec));
            }
        });
        deadLettersOf(environment).forEach(dlq -> owned.putIfAbsent(dlq.name(), Topics.deadLetter(dlq.name(), dlq.source())));
        return new ArrayList<>(owned.values());
    }

    /**
     * The declared topics this service reads and does not publish to. When one is missing at start-up (its publisher
     * has not started yet) the service creates it exactly as {@link Topics} declares it, so that it is never born with
     * the binder's count (a consumer's concurrency) and later widened by its owner, which would move keys to other
     * partitions and leave this consumer deaf to the new ones until its next metadata refresh. It never alters one.
     */
    public static List<TopicSpec> readBy(Environment environment) {
        List<TopicSpec> owned = ownedBy(environment);
        Map<String, TopicSpec> read = new LinkedHashMap<>();
        bindings(environment).forEach((name, binding) -> {
            if (name.contains("-in-") && binding.destination() != null) {
                Topics.spec(binding.destination()).filter(spec -> !owned.contains(spec))
                        .ifPresent(spec -> read.putIfAbsent(spec.name(), spec));
            }
        });
        return new ArrayList<>(read.values());
    }

    /**
     * The dead-letter topic of each consumer binding that has one: its {@code dlq-name}, else the binder's default
     * {@code error.<destination>.<group>}.
     */
    public static List<DeadLetter> deadLettersOf(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, KafkaBinding> kafka = binder.bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBinding.class))
                .orElse(Map.of());
        boolean dlqByDefault = binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class).orElse(false);
        List<DeadLetter> deadLetters = new ArrayList<>();
        bindings(environment).forEach((name, binding) -> {
            if (name.contains("-out-") || binding.destination() == null || binding.group() == null) {
                return;
            }
            KafkaConsumer consumer = Optional.ofNullable(kafka.get(name)).map(KafkaBinding::consumer).orElse(null);
            boolean enabled = consumer != null && consumer.enableDlq() != null ? consumer.enableDlq() : dlqByDefault;
            if (enabled) {
                String dlqName = consumer != null && consumer.dlqName() != null
                        ? consumer.dlqName() : "error." + binding.destination() + "." + binding.group();
                deadLetters.add(new DeadLetter(binding.destination(), binding.group(), dlqName));
            }
        });
        return deadLetters;
    }

    private static Map<String, Binding> bindings(Environment environment) {
        return new TreeMap<>(Binder.get(environment)
                .bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Binding.class)).orElse(Map.of()));
    }

    /** Records of {@code source} that consumer group {@code group} cannot process go to topic {@code name}. */
    public record DeadLetter(String source, String group, String name) {
    }

    record Binding(String destination, String group) {
    }

    record KafkaBinding(KafkaConsumer consumer) {
    }

    record KafkaConsumer(String dlqName, Boolean enableDlq) {
    }
}
