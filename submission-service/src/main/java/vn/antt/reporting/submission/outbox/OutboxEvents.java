package vn.antt.reporting.submission.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;

/** Turns a domain event into the outbox entry stored with the document that produced it. */
@Component
public class OutboxEvents {

    static final String SOURCE = "/submission-service";

    private final CloudEventCodec codec;
    private final Clock clock;

    public OutboxEvents(CloudEventCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    public PendingEvent pending(String binding, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of(SOURCE, clock.instant(), event);
        return new PendingEvent(envelope.id(), binding, envelope.partitionKey(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8));
    }
}
