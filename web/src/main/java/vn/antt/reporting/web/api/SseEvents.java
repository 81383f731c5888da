package vn.antt.reporting.web.api;

import java.util.function.Consumer;

/**
 * Reads a Server-Sent Events stream line by line (the text/event-stream format): {@code id:}, {@code event:} and
 * {@code data:} fields make up an event, a blank line dispatches it, a line starting with {@code :} is a comment
 * (a heartbeat). The id is kept between events, as EventSource keeps it for Last-Event-ID.
 */
public final class SseEvents {

    /** One dispatched event; {@code name} is "message" when the stream named none. */
    public record Event(String id, String name, String data) {
    }

    private final Consumer<Event> events;
    private final Consumer<String> comments;
    private String lastId;
    private String name;
    private StringBuilder data;

    public SseEvents(Consumer<Event> events, Consumer<String> comments) {
        this.events = events;
        this.comments = comments;
    }

    public void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            comments.accept(line.substring(1).strip());
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "id" -> lastId = value;
            case "event" -> name = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            default -> {
                // "retry" and unknown fields: nothing to relay
            }
        }
    }

    /** The id of the last event seen (what a reconnecting client sends as Last-Event-ID). */
    public String lastId() {
        return lastId;
    }

    private void dispatch() {
        if (data != null) {
            events.accept(new Event(lastId, name == null || name.isEmpty() ? "message" : name, data.toString()));
        }
        data = null;
        name = null;
    }
}
