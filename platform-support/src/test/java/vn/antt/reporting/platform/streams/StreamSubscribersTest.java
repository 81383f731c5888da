package vn.antt.reporting.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class StreamSubscribersTest {

    /** A stream that notes what it was sent, or fails like a browser that went away. */
    static final class NotedStream extends SseEmitter {
        final List<String> written = new ArrayList<>();
        boolean gone;
        boolean completed;

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (gone) {
                throw new IOException("Broken pipe");
            }
            event.build().forEach(part -> written.add(String.valueOf(part.getData())));
        }

        @Override
        public void complete() {
            completed = true;
        }
    }

    @Test
    void anEventGoesToTheStreamsOfItsKeyAHeartbeatToAllAndAGoneStreamIsForgotten() {
        StreamSubscribers<String> subscribers = new StreamSubscribers<>();
        NotedStream first = new NotedStream();
        NotedStream second = new NotedStream();
        NotedStream other = new NotedStream();
        subscribers.subscribe("vanthu.tinhson", first);
        subscribers.subscribe("vanthu.tinhson", second);
        subscribers.subscribe("lanhdao.quangngai", other);

        subscribers.send("vanthu.tinhson", () -> SseEmitter.event().id("m1").name("message").data("Báo cáo đã được tiếp nhận"));
        assertThat(first.written).anyMatch(part -> part.contains("Báo cáo đã được tiếp nhận"));
        assertThat(second.written).anyMatch(part -> part.contains("Báo cáo đã được tiếp nhận"));
        assertThat(other.written).isEmpty();

        second.gone = true;
        subscribers.heartbeat();
        assertThat(first.written).anyMatch(part -> part.contains(StreamSubscribers.HEARTBEAT));
        assertThat(other.written).anyMatch(part -> part.contains(StreamSubscribers.HEARTBEAT));
        assertThat(subscribers.size()).isEqualTo(2);
        assertThat(subscribers.keys()).containsExactlyInAnyOrder("vanthu.tinhson", "lanhdao.quangngai");

        subscribers.completeAll();
        assertThat(first.completed && other.completed).isTrue();
        assertThat(subscribers.size()).isZero();
        assertThat(subscribers.keys()).isEmpty();
    }
}
