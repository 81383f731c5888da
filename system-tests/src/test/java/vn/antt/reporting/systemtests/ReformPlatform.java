package vn.antt.reporting.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The platform after the reform of 1/7/2025, for the system tests of issue 20: planning-service with the 2026 demo
 * ({@code demo,demo-2026}: Quảng Ngãi before and after the reform, plan 119 and MH-05/KH-UBND), submission-service,
 * aggregation-service, the gateway and the web application, with identity-service's demo users and its benchmark client
 * (profile {@code bench}: a token for any unit, the only national administrator the demo has). Its own Kafka broker, so
 * that neither its directory nor its plans reach the pre-reform {@link SharedPlatform} on the shared broker (whose plans
 * issued today expect Huyện Sơn Tịnh, which this directory ends on 30/6/2025). Started on first use, stopped when the
 * JVM exits, shared by the test classes that need it.
 */
final class ReformPlatform {

    static final List<String> SERVICES = List.of("planning-service", "submission-service", "aggregation-service", "gateway", "web");

    private static RunningPlatform platform;

    private ReformPlatform() {
    }

    static synchronized RunningPlatform get() throws Exception {
        if (platform == null) {
            Path logs = Path.of(System.getProperty("logs.dir", "target/system-logs")).resolveSibling("reform-logs");
            Path data = Files.createTempDirectory("reform-kafka-");
            KafkaBrokerProcess kafka = new KafkaBrokerProcess(data, logs.resolve("kafka.log")).start();
            RunningPlatform started;
            try {
                started = new RunningPlatform(SERVICES, kafka::bootstrapServers, "reform-", Map.of(
                        "identity-service", List.of("--spring.profiles.active=demo,bench"),
                        "planning-service", List.of("--spring.profiles.active=demo,demo-2026")), "reform-logs").start();
            } catch (Exception | Error e) {
                kafka.close();
                throw e;
            }
            RunningPlatform stopping = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.close();
                kafka.close();
                delete(data);
            }, "reform-platform-stop"));
            platform = started;
        }
        return platform;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
