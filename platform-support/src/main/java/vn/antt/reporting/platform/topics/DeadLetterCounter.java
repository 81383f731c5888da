package vn.antt.reporting.platform.topics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.antt.reporting.contracts.Topics;

/**
 * Counts every record the binder sends to a dead-letter topic: {@code reporting_dead_letters_total} with the tags
 * {@code topic} (the dead-letter topic), {@code source} and {@code group}, registered at zero for each of the service's
 * dead-letter topics so an operator's rule sees the series before the first failure. The binder asks this function
 * which partition each dead-letter record goes to; every dead-letter topic has {@value Topics#DEAD_LETTER_PARTITIONS}.
 */
public class DeadLetterCounter implements DlqPartitionFunction {

    private final Map<String, Counter> bySourceAndGroup;
    private final MeterRegistry meters;

    public DeadLetterCounter(MeterRegistry meters, List<TopicProvisioning.DeadLetter> deadLetters) {
        this.meters = meters;
        this.bySourceAndGroup = deadLetters.stream().collect(Collectors.toMap(dlq -> key(dlq.source(), dlq.group()),
                dlq -> counter(meters, dlq.name(), dlq.source(), dlq.group()), (first, second) -> first));
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable failure) {
        bySourceAndGroup.computeIfAbsent(key(record.topic(), group),
                k -> counter(meters, "error." + record.topic() + "." + group, record.topic(), group)).increment();
        return 0;
    }

    /** Records counted so far for a source topic and group (tests). */
    public double count(String source, String group) {
        Counter counter = bySourceAndGroup.get(key(source, group));
        return counter == null ? 0 : counter.count();
    }

    private static Counter counter(MeterRegistry meters, String topic, String source, String group) {
        return Counter.builder("reporting.dead.letters").tag("topic", topic).tag("source", source).tag("group", group)
                .description("Records sent to a dead-letter topic").register(meters);
    }

    private static String key(String source, String group) {
        return source + "\u0000" + group;
    }
}
