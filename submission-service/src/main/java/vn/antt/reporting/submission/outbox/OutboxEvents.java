package vn.antt.reporting.submission.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.platform.tracing.TraceContinuation;

/** Turns a domain event into the outbox entry stored with the document that produced it. */
@Component
public class OutboxEvents {

    static final String SOURCE = "/submission-service";

    private final CloudEventCodec codec;
    private final Clock clock;
    private final TraceContinuation traces;

    public OutboxEvents(CloudEventCodec codec, Clock clock, TraceContinuation traces) {
        this.codec = codec;
        this.clock = clock;
        this.traces = traces;
    }

    public PendingEvent pending(String binding, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of(SOURCE, clock.instant(), event);
        return new PendingEvent(envelope.id(), binding, envelope.partitionKey(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), traces.capture());
    }
}
