package vn.antt.reporting.web.view;

import java.util.ArrayList;
import java.util.List;

/** One input: its name, id, label, help text (linked with aria-describedby), what was typed and its messages. */
public record FormInput(String name, String id, String label, String help, String value, List<String> messages) {

    public String helpId() {
        return id + "-help";
    }

    public String messagesId() {
        return id + "-messages";
    }

    public boolean invalid() {
        return !messages.isEmpty();
    }

    /** The ids aria-describedby names: the help and the messages, those present. */
    public String describedBy() {
        List<String> ids = new ArrayList<>();
        if (help != null) {
            ids.add(helpId());
        }
        if (!messages.isEmpty()) {
            ids.add(messagesId());
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
