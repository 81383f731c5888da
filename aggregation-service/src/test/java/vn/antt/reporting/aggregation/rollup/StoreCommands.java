package vn.antt.reporting.aggregation.rollup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Notes the name of every command the service's store client sends from a thread being watched (the sync driver tells
 * its listeners on the calling thread), so a test can count what one call asks of the store while the consumers and
 * schedulers go on. Registered in the tests' one context by {@link AggregationApiTest}.
 */
public final class StoreCommands implements CommandListener {

    private final List<String> names = new CopyOnWriteArrayList<>();
    private volatile Thread watched;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (Thread.currentThread() == watched) {
            names.add(event.getCommandName());
        }
    }

    /** The names of the commands {@code action} sent, in order, when run on this thread. */
    public synchronized List<String> during(Supplier<?> action) {
        names.clear();
        watched = Thread.currentThread();
        try {
            action.get();
        } finally {
            watched = null;
        }
        return List.copyOf(names);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Listening {

        @Bean
        StoreCommands storeCommands() {
            return new StoreCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
