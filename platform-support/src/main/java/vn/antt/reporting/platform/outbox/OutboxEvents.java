package vn.antt.reporting.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.platform.tracing.TraceContinuation;

/** Turns a domain event into the outbox entry stored with the document that produced it. */
public class OutboxEvents {

    private final String source;

    private final CloudEventCodec codec;
    private final Clock clock;
    private final TraceContinuation traces;

    /** @param source the CloudEvents source, {@code /<service name>} */
    public OutboxEvents(String source, CloudEventCodec codec, Clock clock, TraceContinuation traces) {
        this.source = source;
        this.codec = codec;
        this.clock = clock;
        this.traces = traces;
    }

    public PendingEvent pending(String binding, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of(source, clock.instant(), event);
        return new PendingEvent(envelope.id(), binding, envelope.partitionKey(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), traces.capture());
    }
}
