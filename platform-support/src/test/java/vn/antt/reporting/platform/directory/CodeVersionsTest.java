package vn.antt.reporting.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
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

/** A code's versions: one query by the indexed code, the key looked up only for a document stored before versions. */
class CodeVersionsTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<Document> finds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(Document.parse(event.getCommand().getDocument("filter").toJson()));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(listener).build());
        mongo = new MongoTemplate(client, "directory-test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aReusedCodesVersionsAreReadWithOneQueryOnTheCode() {
        mongo.save(new DirectoryUnit("00004", "00004", "Phường Trúc Bạch", "Phường", "COMMUNE", "001", null,
                LocalDate.of(2025, 7, 1), 1));
        mongo.save(new DirectoryUnit("00004@2025-07-01", "00004", "Phường Ba Đình", "Phường", "COMMUNE", "01",
                LocalDate.of(2025, 7, 1), null, 1));
        mongo.save(new DirectoryUnit("00007", "00007", "Phường Quán Thánh", "Phường", "COMMUNE", "001", null, null, 1));
        finds.clear();

        List<DirectoryUnit> versions = CodeVersions.of(mongo, "00004", DirectoryUnit.class, DirectoryUnit::key);

        assertThat(versions).extracting(DirectoryUnit::name).containsExactlyInAnyOrder("Phường Trúc Bạch", "Phường Ba Đình");
        assertThat(finds).containsExactly(new Document("code", "00004"));
    }

    @Test
    void aDocumentStoredBeforeVersionsIsFoundByItsKey() {
        mongo.getCollection("directory_units").insertOne(new Document("_id", "00004").append("name", "Phường Trúc Bạch")
                .append("kind", "COMMUNE").append("parentCode", "001").append("revision", 1L));
        mongo.save(new DirectoryUnit("00004@2025-07-01", "00004", "Phường Ba Đình", "Phường", "COMMUNE", "01",
                LocalDate.of(2025, 7, 1), null, 1));
        finds.clear();

        List<DirectoryUnit> versions = CodeVersions.of(mongo, "00004", DirectoryUnit.class, DirectoryUnit::key);

        assertThat(versions).extracting(DirectoryUnit::key, DirectoryUnit::code, DirectoryUnit::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("00004@2025-07-01", "00004", "Phường Ba Đình"),
                org.assertj.core.groups.Tuple.tuple("00004", "00004", "Phường Trúc Bạch"));
        assertThat(finds).hasSize(2).noneMatch(filter -> filter.containsKey("$or"));
    }

    @Test
    void anUnknownCodeHasNoVersions() {
        assertThat(CodeVersions.of(mongo, "99999", DirectoryUnit.class, DirectoryUnit::key)).isEmpty();
    }

    @Test
    void manyCodesAreReadWithTwoQueriesEachAsOfTheDay() {
        mongo.save(new DirectoryUnit("00004", "00004", "Phường Trúc Bạch", "Phường", "COMMUNE", "001", null,
                LocalDate.of(2025, 7, 1), 1));
        mongo.save(new DirectoryUnit("00004@2025-07-01", "00004", "Phường Ba Đình", "Phường", "COMMUNE", "01",
                LocalDate.of(2025, 7, 1), null, 1));
        mongo.save(new DirectoryUnit("00007", "00007", "Phường Quán Thánh", "Phường", "COMMUNE", "001", null, null, 1));
        mongo.getCollection("directory_units").insertOne(new Document("_id", "00010").append("name", "Phường Cửa Nam")
                .append("kind", "COMMUNE").append("parentCode", "001").append("revision", 1L));
        UnitDirectory directory = new UnitDirectory(mongo);
        finds.clear();

        var before = directory.find(List.of("00004", "00007", "00010", "99999"), LocalDate.of(2025, 5, 28));
        assertThat(finds).hasSize(2).noneMatch(filter -> filter.containsKey("$or"));
        var after = directory.find(List.of("00004", "00007"), LocalDate.of(2025, 8, 1));

        assertThat(before).hasSize(3);
        assertThat(before.get("00004").name()).isEqualTo("Phường Trúc Bạch");
        assertThat(before.get("00007").name()).isEqualTo("Phường Quán Thánh");
        assertThat(before.get("00010").name()).isEqualTo("Phường Cửa Nam");
        assertThat(after.get("00004").name()).isEqualTo("Phường Ba Đình");
        for (String code : List.of("00004", "00007", "00010", "99999")) {
            assertThat(Optional.ofNullable(before.get(code))).as(code).isEqualTo(directory.find(code, LocalDate.of(2025, 5, 28)));
        }
    }
}
