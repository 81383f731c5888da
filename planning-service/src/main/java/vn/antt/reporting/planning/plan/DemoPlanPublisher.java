package vn.antt.reporting.planning.plan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;

/**
 * Demo profile: publishes plan 119/KH-UBND and its outline after the demo units are loaded, with the
 * communes and reporting units of the province as they were on the plan's issue date. The topics are
 * compacted and consumers keep the highest revision, so publishing the same revision at every start
 * changes nothing. (Plans created through the API come with the plans issue.)
 */
@Component
@Profile("demo")
@Order(1)
class DemoPlanPublisher implements ApplicationRunner {

    static final String PLANS_BINDING = "plans-out-0";
    static final String OUTLINES_BINDING = "outlines-out-0";
    private static final String SOURCE = "/planning-service";
    private static final Logger log = LoggerFactory.getLogger(DemoPlanPublisher.class);

    private final UnitQueries units;
    private final StreamBridge bridge;
    private final CloudEventCodec codec;
    private final Clock clock;

    DemoPlanPublisher(UnitQueries units, StreamBridge bridge, CloudEventCodec codec, Clock clock) {
        this.units = units;
        this.bridge = bridge;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlanPublished plan = DemoPlan119.plan(expectedUnits());
        publish(OUTLINES_BINDING, DemoPlan119.outline());
        publish(PLANS_BINDING, plan);
        log.info("Demo plan {} ({}) published with {} expected units", plan.number(), plan.planId(),
                plan.expectedUnits().size());
    }

    /** Every commune of the province and every reporting unit that is not administrative, on the issue date. */
    List<ExpectedUnit> expectedUnits() {
        return units.subtree(DemoPlan119.PROVINCE, DemoPlan119.ISSUED_ON).stream()
                .filter(unit -> unit.kind() == UnitKind.COMMUNE || !unit.kind().administrative())
                .map(DemoPlanPublisher::expected)
                .toList();
    }

    private static ExpectedUnit expected(Unit unit) {
        return new ExpectedUnit(unit.code(), unit.name(), unit.kind().name(), unit.ancestry());
    }

    private void publish(String binding, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of(SOURCE, clock.instant(), event);
        var message = MessageBuilder.withPayload(codec.encode(envelope))
                .setHeader(KafkaHeaders.KEY, envelope.partitionKey().getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, EventEnvelope.KAFKA_CONTENT_TYPE)
                .build();
        if (!bridge.send(binding, message, MimeType.valueOf(EventEnvelope.KAFKA_CONTENT_TYPE))) {
            throw new IllegalStateException("binding " + binding + " refused " + envelope.type());
        }
    }
}
