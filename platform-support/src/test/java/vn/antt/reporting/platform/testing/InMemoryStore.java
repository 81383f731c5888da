package vn.antt.reporting.platform.testing;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The Mongo-wire store the services' tests use, in memory, for one test; it notes the commands sent to it. */
public final class InMemoryStore implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    public InMemoryStore() {
        InetSocketAddress address = server.bind();
        CommandListener noted = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(noted).build());
    }

    public MongoTemplate template() {
        return new MongoTemplate(client, "test");
    }

    /** The names of the commands sent since the last {@link #forgetCommands()}, in order. */
    public List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    public void forgetCommands() {
        commands.clear();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
