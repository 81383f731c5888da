package vn.antt.reporting.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseEventsTest {

    private final List<SseEvents.Event> events = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final SseEvents parser = new SseEvents(events::add, comments::add);

    private void feed(String... lines) {
        for (String line : lines) {
            parser.line(line);
        }
    }

    @Test
    void aBlankLineDispatchesTheEventWithItsIdNameAndData() {
        feed("id:a1b2", "event:rollup", "retry:3000", "data:{\"node\":\"51\"}", "");
        assertThat(events).containsExactly(new SseEvents.Event("a1b2", "rollup", "{\"node\":\"51\"}"));
        assertThat(parser.lastId()).isEqualTo("a1b2");
    }

    @Test
    void dataOnSeveralLinesIsJoinedAndOneLeadingSpaceIsDropped() {
        feed("data: first", "data:  second", "");
        assertThat(events).containsExactly(new SseEvents.Event(null, "message", "first\n second"));
    }

    @Test
    void commentsAreHeartbeatsAndDispatchNothing() {
        feed(":heartbeat", "");
        assertThat(comments).containsExactly("heartbeat");
        assertThat(events).isEmpty();
    }

    @Test
    void theIdIsKeptForTheNextEventAsEventSourceKeepsIt() {
        feed("id: 7", "event: rollup", "data: x", "", "event: rollup", "data: y", "");
        assertThat(events).extracting(SseEvents.Event::id).containsExactly("7", "7");
        assertThat(events).extracting(SseEvents.Event::name).containsExactly("rollup", "rollup");
    }
}
