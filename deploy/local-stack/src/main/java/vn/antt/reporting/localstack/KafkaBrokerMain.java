package vn.antt.reporting.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one process) on
 * 127.0.0.1, meant to run in its own JVM.
 *
 * <pre>java -cp local-stack.jar:lib/* vn.antt.reporting.localstack.KafkaBrokerMain &lt;dataDir&gt; [port] [controllerPort]</pre>
 *
 * The storage is formatted once (first start); later starts reuse the data in {@code dataDir}. SIGTERM
 * stops the broker cleanly (Kafka's own shutdown hook).
 */
public final class KafkaBrokerMain {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".local-stack/kafka").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CONTROLLER_PORT;

        Path logDir = dataDir.resolve("kraft-logs");
        Files.createDirectories(logDir);
        Path config = writeServerProperties(dataDir.resolve("server.properties"), logDir, port, controllerPort);

        if (Files.exists(logDir.resolve("meta.properties"))) {
            System.out.println("Storage in " + logDir + " is already formatted: keeping its data.");
        } else {
            format(config);
        }
        ParentWatch.exitWhenParentExits();
        // Starts the broker, registers its shutdown hook (SIGTERM) and blocks until it has stopped.
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static Path writeServerProperties(Path file, Path logDir, int port, int controllerPort) throws IOException {
        List<String> lines = List.of(
                "# Written by KafkaBrokerMain at every start; local development only.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + logDir.toString().replace('\\', '/'),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static void format(Path config) {
        String clusterId = Uuid.randomUuid().toString();
        System.out.println("Formatting Kafka storage (cluster id " + clusterId + ")");
        int exitCode = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString(), "--standalone"}, System.out);
        if (exitCode != 0) {
            System.err.println("Formatting the Kafka storage failed (exit code " + exitCode + ")");
            System.exit(exitCode);
        }
    }
}
