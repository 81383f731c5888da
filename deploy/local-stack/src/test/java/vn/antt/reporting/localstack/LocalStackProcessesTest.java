package vn.antt.reporting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * The broker and the document store as real child processes, started the way the launcher starts them:
 * both come up, serve clients and keep their data across a clean restart; and what every child process is started with.
 */
class LocalStackProcessesTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private ManagedProcess broker;
    private ManagedProcess store;

    @AfterEach
    void stopEverything() {
        ManagedProcess.stopAll(Stream.of(store, broker).filter(Objects::nonNull).toList(), STOP_GRACE);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void brokerAndStoreRunAsProcessesAndKeepTheirDataAcrossRestarts() throws Exception {
        int kafkaPort = freePort();
        int controllerPort = freePort();
        int storePort = freePort();
        broker = startBroker(kafkaPort, controllerPort);
        store = startStore(storePort);

        // Broker: one node, a topic created now must still be there after a restart.
        broker.waitForPort("127.0.0.1", kafkaPort, START_TIMEOUT);
        try (Admin admin = admin(kafkaPort)) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            admin.createTopics(List.of(new NewTopic("local-stack-check", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        // Store: Vietnamese text written, read back, and found again after a clean restart on the same file.
        store.waitForPort("127.0.0.1", storePort, START_TIMEOUT);
        try (MongoClient client = mongo(storePort)) {
            units(client).insertOne(new Document("_id", "21217").append("name", "Xã Tịnh Sơn"));
            assertThat(units(client).find(Filters.eq("_id", "21217")).first()).containsEntry("name", "Xã Tịnh Sơn");
        }
        store.stop(STOP_GRACE);
        assertThat(store.isAlive()).isFalse();
        assertThat(store.tailLog(5)).anyMatch(line -> line.contains("Document store stopped"));

        store = startStore(storePort);
        store.waitForPort("127.0.0.1", storePort, START_TIMEOUT);
        try (MongoClient client = mongo(storePort)) {
            assertThat(units(client).find(Filters.eq("_id", "21217")).first()).containsEntry("name", "Xã Tịnh Sơn");
        }

        broker.stop(STOP_GRACE);
        assertThat(broker.isAlive()).isFalse();
        assertThat(broker.process().exitValue()).as("0, or 143 = ended by SIGTERM after its shutdown hooks ran").isIn(0, 143);
        assertThat(broker.tailLog(300)).anyMatch(line -> line.contains("[BrokerServer id=1] shut down completed"));

        broker = startBroker(kafkaPort, controllerPort);
        broker.waitForPort("127.0.0.1", kafkaPort, START_TIMEOUT);
        try (Admin admin = admin(kafkaPort)) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains("local-stack-check");
        }
        assertThat(broker.rssKb()).isPositive();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyChildProcessGetsTwoMallocArenasUnlessSetOutside() throws Exception {
        broker = new ManagedProcess("sleeper", List.of("sleep", "30"), Map.of(), dir, dir.resolve("logs/sleeper.log")).start();
        store = new ManagedProcess("sleeper-set", List.of("sleep", "30"), Map.of("MALLOC_ARENA_MAX", "4"), dir,
                dir.resolve("logs/sleeper-set.log")).start();

        assertThat(environmentOf(broker)).containsEntry("MALLOC_ARENA_MAX", "2");
        assertThat(environmentOf(store)).containsEntry("MALLOC_ARENA_MAX", "4");
    }

    /** What the kernel says the process was started with. */
    private static Map<String, String> environmentOf(ManagedProcess process) throws IOException {
        String environ = Files.readString(Path.of("/proc", Long.toString(process.pid()), "environ"), StandardCharsets.UTF_8);
        return Arrays.stream(environ.split("\0")).filter(entry -> entry.contains("="))
                .collect(Collectors.toMap(entry -> entry.substring(0, entry.indexOf('=')), entry -> entry.substring(entry.indexOf('=') + 1),
                        (a, b) -> b));
    }

    private ManagedProcess startBroker(int port, int controllerPort) throws IOException {
        return ManagedProcess.javaMain("kafka", List.of("-Xmx256m"), KafkaBrokerMain.class,
                List.of(dir.resolve("kafka").toString(), Integer.toString(port), Integer.toString(controllerPort)),
                dir, dir.resolve("logs/kafka.log")).start();
    }

    private ManagedProcess startStore(int port) throws IOException {
        return ManagedProcess.javaMain("document-store", List.of("-Xmx256m"), DocumentStoreMain.class,
                List.of(dir.resolve("store/documents.mv").toString(), Integer.toString(port)),
                dir, dir.resolve("logs/document-store.log")).start();
    }

    private static Admin admin(int port) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        return Admin.create(config);
    }

    private static MongoClient mongo(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port);
    }

    private static MongoCollection<Document> units(MongoClient client) {
        return client.getDatabase("local_stack_check").getCollection("units");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
