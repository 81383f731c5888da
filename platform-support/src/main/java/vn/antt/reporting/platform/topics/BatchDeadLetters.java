package vn.antt.reporting.platform.topics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonDelegatingErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead letters of the batch bindings, one record at a time. In batch mode the binder's own dead-lettering would send
 * the whole poll to the dead-letter topic for one bad record; with this customizer present the binder leaves a batch
 * binding's failures to the listener container (spring-cloud-stream#2951), whose error handler here sends only the
 * record the intake names ({@link BatchListenerFailedException}) to the binding's {@code dlq-name}, after the binding's
 * retries (none for an unreadable event), with the binder's headers ({@code x-original-*}, {@code x-exception-*}), and
 * counted by the platform's {@link DeadLetterCounter}. The records before it are committed; those after it come again.
 *
 * <p>A failure of the whole batch (the store unreachable) names no record: the batch is tried again, with a back-off
 * up to {@value #STORE_RETRY_MAX_MS} ms, until the store answers; valid events are never dead-lettered for it.
 * Record-mode bindings keep the binder's retry and dead-letter topic. One mechanism for every service's batch bindings
 * (aggregation's roll-up intake, each service's {@code unitDirectory}), given by {@link TopicProvisioningAutoConfiguration}.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(BatchDeadLetters.class);
    private static final long STORE_RETRY_MAX_MS = 30_000;

    private final KafkaProperties kafka;
    private final DeadLetterCounter deadLetters;
    private KafkaTemplate<byte[], byte[]> template;

    public BatchDeadLetters(KafkaProperties kafka, DeadLetterCounter deadLetters) {
        this.kafka = kafka;
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // The binder calls the variant with the binding's properties.
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
                          ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (properties == null || !properties.isBatchMode() || dlqDestinationResolver == null) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template(), (record, failure) ->
                new TopicPartition(dlqDestinationResolver.apply(record, failure).topic(), deadLetters.apply(group, record, failure)));
        recoverer.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
        recoverer.excludeHeader(HeaderNames.HeadersToAdd.GROUP);
        recoverer.setExceptionHeadersCreator(BatchDeadLetters::reasonHeaders);
        DefaultErrorHandler oneRecord = new DefaultErrorHandler(recoverer, backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        properties.getRetryableExceptions().forEach((type, retryable) -> {
            if (!retryable && Exception.class.isAssignableFrom(type)) {
                oneRecord.addNotRetryableExceptions(type.asSubclass(Exception.class));
            }
        });
        ExponentialBackOff untilTheStoreAnswers = new ExponentialBackOff(1_000, 2);
        untilTheStoreAnswers.setMaxInterval(STORE_RETRY_MAX_MS);
        CommonDelegatingErrorHandler handler = new CommonDelegatingErrorHandler(new DefaultErrorHandler(untilTheStoreAnswers));
        handler.setCauseChainTraversing(true);
        handler.addDelegate(BatchListenerFailedException.class, oneRecord);
        container.setCommonErrorHandler(handler);
        log.info("{} (group {}) in batches; a record that fails goes alone to {}", destinationName, group,
                properties.getExtension().getDlqName());
    }

    private synchronized KafkaTemplate<byte[], byte[]> template() {
        if (template == null) {
            Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            // A dead letter is the only copy of what could not be recorded: acknowledged by every in-sync replica.
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        }
        return template;
    }

    /** The header names the binder's own dead-lettering writes, so that both kinds of dead letter read alike. */
    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader(KafkaMessageChannelBinder.X_ORIGINAL_TOPIC)
                .partitionHeader(KafkaMessageChannelBinder.X_ORIGINAL_PARTITION)
                .offsetHeader(KafkaMessageChannelBinder.X_ORIGINAL_OFFSET)
                .timestampHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP)
                .timestampTypeHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP_TYPE)
                .consumerGroupHeader("x-original-group")
                .exception()
                .exceptionFqcn(KafkaMessageChannelBinder.X_EXCEPTION_FQCN)
                .exceptionMessage(KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE)
                .exceptionStacktrace(KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE)
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    /** The reason is the record's own failure (e.g. an unreadable event), not the wrappers of the batch around it. */
    private static void reasonHeaders(Headers headers, Exception failure, boolean isKey, HeaderNames names) {
        Throwable reason = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BatchListenerFailedException named && named.getCause() != null) {
                reason = named.getCause();
                break;
            }
        }
        headers.add(KafkaMessageChannelBinder.X_EXCEPTION_FQCN, reason.getClass().getName().getBytes(StandardCharsets.UTF_8));
        if (reason.getMessage() != null) {
            headers.add(KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE, reason.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace, true));
        headers.add(KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE, trace.toString().getBytes(StandardCharsets.UTF_8));
    }
}
