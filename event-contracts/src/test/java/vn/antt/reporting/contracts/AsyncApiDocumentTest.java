package vn.antt.reporting.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The hand-kept {@code asyncapi.yaml} says what {@link EventCatalog} and {@link Topics} say: every event (and no other)
 * as a message named by its CloudEvents type (so its version), on the channel of its topic, with the record's fields as
 * JSON has them.
 */
class AsyncApiDocumentTest {

    private static final List<EventCatalog.Entry> ENTRIES = EventCatalog.EVENTS.stream().map(EventCatalog::entryFor).toList();

    private static Map<String, Object> document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("asyncapi.yaml"))) {
            document = new Yaml().load(in);
        }
    }

    @Test
    void everyTopicIsAChannelAtItsAddressAndNoOther() {
        Set<String> addresses = channels().values().stream().map(c -> (String) map(c).get("address")).collect(Collectors.toSet());

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.SPECS.stream().map(TopicSpec::name).toList());
        channels().forEach((name, channel) -> assertThat(map(channel).get("address")).as("channel %s", name).isEqualTo(name));
    }

    @Test
    void everyEventIsAMessageAndNoOther() {
        assertThat(messages().keySet()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.EVENTS.stream().map(Class::getSimpleName).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ENTRIES")
    void theMessageIsNamedByTheEventsTypeAndVersion(EventCatalog.Entry entry) {
        assertThat(message(entry).get("name")).isEqualTo(entry.cloudEventType());
        assertThat(entry.cloudEventType()).endsWith(".v" + entry.version());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ENTRIES")
    void theMessageIsOnTheChannelOfItsTopicOnly(EventCatalog.Entry entry) {
        String ref = "#/components/messages/" + entry.eventClass().getSimpleName();
        Set<String> carrying = new TreeSet<>();
        channels().forEach((name, channel) -> map(map(channel).getOrDefault("messages", Map.of())).values().forEach(m -> {
            if (ref.equals(map(m).get("$ref"))) {
                carrying.add((String) map(channel).get("address"));
            }
        }));

        assertThat(carrying).containsExactly(entry.topic());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ENTRIES")
    void thePayloadHasTheRecordsFields(EventCatalog.Entry entry) {
        Map<String, Object> payload = map(message(entry).get("payload"));
        Set<String> fields = wireFields(entry.eventClass()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(map(payload.get("properties")).keySet())).isEqualTo(fields);
    }

    @Test
    void everyChannelHasAPublishingOperation() {
        Set<String> sent = map(document.get("operations")).values().stream().map(AsyncApiDocumentTest::map)
                .filter(o -> "send".equals(o.get("action"))).map(o -> (String) map(o.get("channel")).get("$ref"))
                .collect(Collectors.toSet());

        assertThat(sent).containsExactlyInAnyOrderElementsOf(channels().keySet().stream().map(c -> "#/channels/" + c).toList());
    }

    /** A record's fields as JSON has them: its components, with those of an unwrapped component (a plan's letter) in its place. */
    private static Stream<String> wireFields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(c -> unwrapped(record, c)
                ? wireFields(c.getType()) : Stream.of(c.getName()));
    }

    private static boolean unwrapped(Class<?> record, RecordComponent component) {
        try {
            // @JsonUnwrapped does not target record components: it lands on the component's field.
            return record.getDeclaredField(component.getName()).isAnnotationPresent(JsonUnwrapped.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> message(EventCatalog.Entry entry) {
        Object message = messages().get(entry.eventClass().getSimpleName());
        assertThat(message).as("message %s", entry.eventClass().getSimpleName()).isNotNull();
        return map(message);
    }

    private static Map<String, Object> channels() {
        return map(document.get("channels"));
    }

    private static Map<String, Object> messages() {
        return map(map(document.get("components")).get("messages"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return new LinkedHashMap<>((Map<String, Object>) node);
    }
}
