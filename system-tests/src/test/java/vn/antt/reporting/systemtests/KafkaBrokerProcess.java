package vn.antt.reporting.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import vn.antt.reporting.localstack.KafkaBrokerMain;
import vn.antt.reporting.localstack.ManagedProcess;

/**
 * A real Kafka broker (KRaft) in a JVM of its own, as the local stack runs it, so that a test can kill it and start
 * it again on the same ports and the same data (the in-process test broker cannot be restarted).
 */
final class KafkaBrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final int port = RunningPlatform.freePort();
    private final ManagedProcess process;

    KafkaBrokerProcess(Path dataDir, Path logFile) {
        int controllerPort = RunningPlatform.freePort();
        process = ManagedProcess.javaMain("kafka", List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                System.getProperty("java.class.path"), KafkaBrokerMain.class, List.of(dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort)),
                Path.of("."), logFile);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    KafkaBrokerProcess start() throws Exception {
        process.start();
        awaitReady();
        return this;
    }

    /** SIGKILL: what it had not written to its log segments (the OS keeps what it had) is for the clients to send again. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Starts it again on the same ports and data, and waits until it answers as a cluster again. */
    void restart() throws Exception {
        start();
    }

    private void awaitReady() {
        process.waitForPort("127.0.0.1", port, READY_TIMEOUT);
        process.waitFor("the cluster to answer", READY_TIMEOUT, () -> {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            try (Admin admin = Admin.create(config)) {
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            }
        });
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}
