package vn.antt.reporting.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.antt.reporting.contracts.planning.UnitChanged;

/** One poll's directory events in one bulk write, newer wins as one at a time: inside a batch and across batches. */
class UnitDirectoryBatchTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private UnitDirectory directory;
    private final List<String> writes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (List.of("update", "findAndModify", "insert").contains(event.getCommandName())) {
                    writes.add(event.getCommandName());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(listener).build());
        mongo = new MongoTemplate(client, "directory-batch-test");
        directory = new UnitDirectory(mongo);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theNewestRevisionOfEachKeyInABatchIsStoredWithOneWrite() {
        int changed = directory.apply(List.of(
                commune("21190", "Xã Tịnh Sơn", 2),
                commune("21193", "Xã Tịnh Hà", 1),
                commune("21190", "Xã Tịnh Sơn (cũ)", 1), // older, after the newer one in the same poll
                commune("21190", "Xã Tịnh Sơn mới", 3),
                commune("21193", "Xã Tịnh Hà", 1))); // the same revision again

        assertThat(changed).isEqualTo(2);
        // One bulk write for the poll: its inserts and guarded replaces, one command of each kind at most.
        assertThat(writes).as("one bulk write for the poll").hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates()
                .doesNotContain("findAndModify");
        assertThat(directory.find("21190")).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Xã Tịnh Sơn mới");
            assertThat(u.revision()).isEqualTo(3);
        });
        assertThat(directory.find("21193")).get().extracting(DirectoryUnit::revision).isEqualTo(1L);
    }

    @Test
    void acrossBatchesAnOlderOrRepeatedRevisionChangesNothing() {
        directory.apply(List.of(commune("21190", "Xã Tịnh Sơn", 5), commune("21193", "Xã Tịnh Hà", 2)));

        int changed = directory.apply(List.of(
                commune("21190", "Xã Tịnh Sơn (cũ)", 4), // older than stored
                commune("21193", "Xã Tịnh Hà (lặp)", 2), // same revision as stored: a redelivery
                commune("21196", "Xã Tịnh Giang", 1))); // new

        assertThat(changed).isEqualTo(1);
        assertThat(directory.find("21190")).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Xã Tịnh Sơn");
            assertThat(u.revision()).isEqualTo(5);
        });
        assertThat(directory.find("21193")).get().extracting(DirectoryUnit::name).isEqualTo("Xã Tịnh Hà");
        assertThat(directory.find("21196")).get().extracting(DirectoryUnit::name).isEqualTo("Xã Tịnh Giang");

        assertThat(directory.apply(List.of(commune("21190", "Xã Tịnh Sơn", 6)))).isEqualTo(1);
        assertThat(directory.find("21190")).get().extracting(DirectoryUnit::revision).isEqualTo(6L);
    }

    @Test
    void anOlderStoredVersionIsReplacedAndANewOneInsertedInTheSameBatch() {
        directory.apply(List.of(commune("21190", "Xã Tịnh Sơn", 1)));
        writes.clear();

        assertThat(directory.apply(List.of(commune("21190", "Xã Tịnh Sơn mới", 2), commune("21193", "Xã Tịnh Hà", 1))))
                .isEqualTo(2);

        assertThat(writes).containsExactlyInAnyOrder("insert", "update");
        assertThat(directory.find("21190")).get().extracting(DirectoryUnit::name).isEqualTo("Xã Tịnh Sơn mới");
        assertThat(directory.find("21193")).get().extracting(DirectoryUnit::name).isEqualTo("Xã Tịnh Hà");
    }

    @Test
    void aBatchGivesWhatTheEventsOneAtATimeGive() {
        List<UnitChanged> events = List.of(commune("21190", "A", 3), commune("21193", "B", 1), commune("21190", "C", 2),
                commune("21196", "D", 4), commune("21193", "E", 2), commune("21196", "F", 4));
        events.forEach(directory::apply);
        List<DirectoryUnit> oneByOne = List.of(directory.find("21190").orElseThrow(), directory.find("21193").orElseThrow(),
                directory.find("21196").orElseThrow());
        mongo.dropCollection(DirectoryUnit.class);

        directory.apply(events.subList(0, 3));
        directory.apply(events.subList(3, 6));

        assertThat(List.of(directory.find("21190").orElseThrow(), directory.find("21193").orElseThrow(),
                directory.find("21196").orElseThrow())).isEqualTo(oneByOne);
    }

    private static UnitChanged commune(String code, String name, long revision) {
        return new UnitChanged(code, name, "Xã", "COMMUNE", "522", LocalDate.of(2008, 1, 1), null, revision, null, List.of());
    }
}
