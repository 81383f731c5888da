package vn.antt.reporting.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Tests only, named in a service's test META-INF/spring/…AutoConfiguration.imports (review, submission, aggregation), so every test context has it and no
 * test needs a context of its own: two contexts would share the consumer groups and take each other's records): a
 * command listener on the service's own MongoClient that notes "command collection" of each command sent from the
 * thread that runs {@link #during}, not the relay's nor the consumers'.
 */
@AutoConfiguration
public class StoreCommands implements CommandListener {

    private final List<String> noted = Collections.synchronizedList(new ArrayList<>());
    private volatile Thread watched;

    @Bean
    MongoClientSettingsBuilderCustomizer storeCommandsListener() {
        return settings -> settings.addCommandListener(this);
    }

    /** The commands {@code action} sent, in order. */
    public List<String> during(Runnable action) {
        noted.clear();
        watched = Thread.currentThread();
        try {
            action.run();
        } finally {
            watched = null;
        }
        synchronized (noted) {
            return List.copyOf(noted);
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (Thread.currentThread() == watched) {
            BsonValue collection = event.getCommand().get(event.getCommandName());
            noted.add(event.getCommandName() + " " + (collection != null && collection.isString() ? collection.asString().getValue() : "?"));
        }
    }
}
