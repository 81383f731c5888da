package vn.antt.reporting.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link EventEnvelope}s as CloudEvents structured-mode JSON. Consumers call
 * {@link #decode(byte[])}; what cannot be read raises {@link UnreadableEventException} so that the
 * binder can route the record to a dead-letter topic with the reason.
 */
public final class CloudEventCodec {

    private final JsonMapper mapper;

    public CloudEventCodec() {
        this(JsonMapper.builder()
                // Tolerant reader: newer publishers may add fields without breaking older consumers.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build());
    }

    public CloudEventCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] encode(EventEnvelope<?> envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public EventEnvelope<? extends DomainEvent> decode(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableEventException("not a CloudEvents JSON object", null);
        }
        String type = tree.path("type").asString(null);
        if (type == null) {
            throw new UnreadableEventException("missing CloudEvents attribute 'type'", null);
        }
        if (!EventEnvelope.SPEC_VERSION.equals(tree.path("specversion").asString(null))) {
            throw new UnreadableEventException("unsupported specversion for " + type, null);
        }
        EventCatalog.Entry entry = EventCatalog.entryFor(type)
                .orElseThrow(() -> new UnreadableEventException("unknown event type '" + type + "'", null));
        JavaType envelopeType = mapper.getTypeFactory()
                .constructParametricType(EventEnvelope.class, entry.eventClass());
        try {
            return mapper.readValue(mapper.treeAsTokens(tree), envelopeType);
        } catch (JacksonException | NullPointerException e) {
            throw new UnreadableEventException("invalid " + type + ": " + e.getMessage(), e);
        }
    }

    /** Decodes and checks the event is of the expected class. */
    @SuppressWarnings("unchecked")
    public <T extends DomainEvent> EventEnvelope<T> decode(byte[] json, Class<T> expected) {
        EventEnvelope<? extends DomainEvent> envelope = decode(json);
        if (!expected.isInstance(envelope.data())) {
            throw new UnreadableEventException("expected " + expected.getSimpleName() + " but got " + envelope.type(), null);
        }
        return (EventEnvelope<T>) envelope;
    }
}
