package vn.antt.reporting.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import vn.antt.reporting.localstack.ManagedProcess;
import vn.antt.reporting.testsupport.SharedInfrastructure;

/**
 * The platform's executable jars as real processes, each on a free port with a database of its own,
 * against the test JVM's Kafka broker and Mongo-wire server; the identity service is the real issuer.
 */
final class RunningPlatform implements AutoCloseable {

    /** How long a service may take to be ready; a loaded machine needs more (-Dplatform.ready-timeout-seconds). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("platform.ready-timeout-seconds", 300));
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Dfile.encoding=UTF-8");

    private static final int FIRST_PORT = 20_000;
    private static final int PORTS = 12_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Random RANDOM = new Random();

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Path logs;
    private final Supplier<String> brokers;
    private final String databasePrefix;
    private final Map<String, List<String>> extraArgs;
    private final IssuerKey issuerKey = new IssuerKey();

    /** Against the test JVM's shared broker and store. */
    RunningPlatform(List<String> services) {
        this(services, SharedInfrastructure::kafkaBootstrapServers, "system-", Map.of(), "system-logs");
    }

    /**
     * @param extraArgs per service, arguments added to (or replacing, for the same {@code --key=}) the defaults
     */
    RunningPlatform(List<String> services, Supplier<String> brokers, String databasePrefix, Map<String, List<String>> extraArgs,
                    String logsDirectory) {
        this.brokers = brokers;
        this.databasePrefix = databasePrefix;
        this.extraArgs = extraArgs;
        this.logs = Path.of(System.getProperty("logs.dir", "target/system-logs")).resolveSibling(logsDirectory);
        ports.put("identity-service", freePort());
        services.forEach(service -> ports.put(service, freePort()));
    }

    int port(String service) {
        return ports.get(service);
    }

    String issuer() {
        return "http://localhost:" + port("identity-service");
    }

    /** The issuer's signing key (read from a file, so it also survives the issuer's restarts). */
    IssuerKey issuerKey() {
        return issuerKey;
    }

    /**
     * The gateway as a browser opens it: {@code localhost}, the host name the web application's redirect URIs are
     * registered with at the issuer (which browsers reach at {@code localhost} too).
     */
    String browserUrl() {
        return "http://localhost:" + port("gateway");
    }

    String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** Starts the issuer, then the other services two at a time (2 cores), and waits until all are ready. */
    RunningPlatform start() throws Exception {
        Files.createDirectories(logs);
        String brokers = this.brokers.get();
        List<String> identityArgs = new ArrayList<>(List.of(
                "--spring.profiles.active=demo",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer()));
        identityArgs.addAll(issuerKey.identityArgs());
        if (ports.containsKey("web") && ports.containsKey("gateway")) {
            // The web application signs people in on the gateway's origin, as browsers reach it.
            identityArgs.add("--spring.security.oauth2.authorizationserver.client.reporting-web.registration.redirect-uris="
                    + browserUrl() + "/login/oauth2/code/identity");
            identityArgs.add("--spring.security.oauth2.authorizationserver.client.reporting-web.registration.post-logout-redirect-uris="
                    + browserUrl() + "/");
        }
        startAndAwait(List.of(launch("identity-service", identityArgs)));
        List<ManagedProcess> rest = new ArrayList<>();
        for (String service : ports.keySet()) {
            if (service.equals("identity-service")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                    "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                    "--spring.kafka.bootstrap-servers=" + brokers,
                    "--spring.mongodb.uri=" + SharedInfrastructure.mongoUri(databasePrefix + service)));
            if (service.equals("planning-service")) {
                args.add("--spring.profiles.active=demo");
            }
            if (service.equals("gateway")) {
                args.addAll(gatewayRoutes());
            }
            if (service.equals("review-service") && ports.containsKey("submission-service")) {
                // Saving a level's compilation as its draft writes to submission-service (on its own port here).
                args.add("--reporting.review.compilation.submission-service-url=" + url("submission-service"));
            }
            if (service.equals("notification-service")) {
                // The links in e-mails and inbox messages open the web application through this gateway.
                args.add("--reporting.notification.link-base=" + browserUrl());
            }
            if (service.equals("aggregation-service")) {
                // Each recorded contribution in the log: when a dashboard waits in vain, the log says whether it arrived.
                args.add("--logging.level.vn.antt.reporting.aggregation.rollup=DEBUG");
            }
            if (service.equals("web")) {
                args.add("--reporting.web.issuer-uri=" + issuer());
                args.add("--reporting.web.api-base-url=" + url("gateway"));
            }
            rest.add(launch(service, args));
        }
        startAndAwait(rest);
        return this;
    }

    private List<String> gatewayRoutes() {
        List<String> routes = new ArrayList<>();
        for (String service : ports.keySet()) {
            routes.add("--reporting.gateway.services." + service + "=" + url(service));
        }
        return routes;
    }

    private ManagedProcess launch(String service, List<String> args) {
        String jar = System.getProperty("jar." + service);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no executable jar for " + service + " (system property jar." + service + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar);
        command.add("--server.port=" + port(service));
        List<String> extra = extraArgs.getOrDefault(service, List.of());
        args.stream().filter(arg -> extra.stream().noneMatch(e -> key(e).equals(key(arg)))).forEach(command::add);
        command.addAll(extra);
        ManagedProcess process = new ManagedProcess(service, command, Map.of(), Path.of("."),
                logs.resolve(service + ".log"));
        processes.put(service, process);
        return process;
    }

    private static String key(String arg) {
        return arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    }

    /** SIGKILL, as a crash: the process gets no chance to finish anything. */
    void kill(String service) throws InterruptedException {
        processes.get(service).kill();
    }

    /** Starts a killed service again, same port and arguments, and waits until it is ready. */
    void restart(String service) throws Exception {
        startAndAwait(List.of(processes.get(service)));
    }

    ManagedProcess process(String service) {
        return processes.get(service);
    }

    private void startAndAwait(List<ManagedProcess> batch) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> ready = new ArrayList<>();
            for (ManagedProcess process : batch) {
                ready.add(starters.submit(() -> {
                    process.start();
                    process.waitForHttpOk(URI.create(url(process.name()) + "/actuator/health/readiness"), READY_TIMEOUT);
                    return null;
                }));
            }
            for (Future<?> future : ready) {
                future.get();
            }
        } finally {
            starters.shutdownNow();
        }
    }

    @Override
    public void close() {
        ManagedProcess.stopAll(new ArrayList<>(processes.values()), Duration.ofSeconds(15));
    }

    /**
     * A port free now and not handed out before in this JVM, below Linux's ephemeral range (32768-60999). Two binds to
     * port 0 once gave review-service the port identity-service had: review-service failed to start, identity-service
     * answered its readiness check, and the fault scenario waited for reviews that never came. Ports the kernel hands to
     * outgoing connections (Kafka and HTTP clients) come from the ephemeral range, so a killed service's port stays free
     * for its restart.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FIRST_PORT + RANDOM.nextInt(PORTS);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException taken) {
                // in use by another process: try another
            }
        }
        throw new IllegalStateException("No free port between " + FIRST_PORT + " and " + (FIRST_PORT + PORTS) + " after 200 attempts");
    }
}
