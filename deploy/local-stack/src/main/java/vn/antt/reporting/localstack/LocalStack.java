package vn.antt.reporting.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Starts the whole platform on one machine, each part in its own JVM: a real Kafka broker (KRaft), the
 * Mongo-wire document store, then the services' executable jars (profiles {@code local,demo,demo-2026}). Ctrl-C
 * stops everything: services first, then the store, the broker last.
 *
 * <pre>
 * java -jar deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar [--only-infra] [--stop-after-ready] [--bench]
 * </pre>
 *
 * State (data and one log per process) lives in {@code .local-stack/} at the repository root, which is
 * the nearest parent directory holding {@code mvnw} (override with {@code -Dstack.root=...}).
 */
public final class LocalStack {

    /** One service: display name, module directory (relative to the repository root), HTTP port. */
    record App(String name, String module, int port) {
        Path jar(Path root, String version) {
            String artifactId = Path.of(module).getFileName().toString();
            return root.resolve(module).resolve("target").resolve(artifactId + "-" + version + "-exec.jar");
        }
    }

    /** The services, in start order: the first starts alone, the others at most {@link #PARALLEL_STARTS} at a time. */
    static final List<App> APPS = List.of(
            new App("identity-service", "identity-service", 9000),
            new App("planning-service", "planning-service", 8085),
            new App("submission-service", "submission-service", 8081),
            new App("review-service", "review-service", 8082),
            new App("aggregation-service", "aggregation-service", 8083),
            new App("notification-service", "notification-service", 8084),
            new App("gateway", "gateway", 8080),
            new App("web", "web", 8086));

    static final int PARALLEL_STARTS = 2;
    static final int KAFKA_PORT = KafkaBrokerMain.DEFAULT_PORT;
    static final int KAFKA_CONTROLLER_PORT = KafkaBrokerMain.DEFAULT_CONTROLLER_PORT;
    static final int STORE_PORT = DocumentStoreMain.DEFAULT_PORT;
    static final int SMTP_PORT = MailServerMain.DEFAULT_SMTP_PORT;
    static final int IMAP_PORT = MailServerMain.DEFAULT_IMAP_PORT;
    static final Duration INFRA_TIMEOUT = Duration.ofSeconds(60);
    static final Duration APP_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /**
     * The initial heap: left to the JVM it is 1/64 of the machine's memory (384 MB of 24 GB), above every -Xmx here, so
     * each JVM committed its whole heap from the start (review-service: 256 MB committed, 43 MB used). From 64 MB it
     * grows as it needs to.
     */
    static final String START_HEAP = "-Xms64m";
    static final List<String> APP_JVM_OPTIONS = List.of(
            "-Xmx256m", START_HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private final Path root;
    private final Path stateDir;
    private final Path logDir;
    private final List<ManagedProcess> started = new ArrayList<>();
    private ManagedProcess broker;
    private ManagedProcess store;
    private ManagedProcess mail;
    private static boolean bench;
    private volatile boolean stopping;
    private volatile boolean ready;

    LocalStack(Path root) {
        this.root = root;
        this.stateDir = root.resolve(".local-stack");
        this.logDir = stateDir.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("stack.logLevel", System.getProperty("stack.logLevel", "WARN")); // before any logging
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        List<String> flags = List.of(args);
        if (!List.of("--only-infra", "--stop-after-ready", "--bench").containsAll(flags)) {
            System.out.println("Usage: java [-Dstack.root=DIR] -jar local-stack.jar [--only-infra] [--stop-after-ready] [--bench]");
            System.exit(flags.contains("--help") || flags.contains("-h") ? 0 : 2);
        }
        boolean onlyInfra = flags.contains("--only-infra");
        boolean stopAfterReady = flags.contains("--stop-after-ready");
        // The load benchmark's token client (identity-service profile "bench"): for ./benchmark.sh only.
        bench = flags.contains("--bench");

        LocalStack stack = new LocalStack(findRoot());
        List<String> problems = stack.preflight(onlyInfra);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("ERROR: " + p));
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-shutdown"));
        try {
            stack.startInfrastructure();
            if (!onlyInfra) {
                stack.startApps();
            }
        } catch (ManagedProcess.Failure failure) {
            if (!stack.stopping) {
                System.err.println("ERROR: " + failure.getMessage());
                System.err.println("---- last 40 lines of " + failure.process().logFile() + " ----");
                failure.process().tailLog(40).forEach(System.err::println);
                System.err.println("----");
            }
            System.exit(1); // the shutdown hook stops everything that was started
        }
        stack.ready = true;
        stack.printSummary(onlyInfra);
        if (stopAfterReady) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop everything.");
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    /** Repository root: {@code -Dstack.root}, else the nearest parent of the working directory (or of this jar) with {@code mvnw}. */
    static Path findRoot() {
        String override = System.getProperty("stack.root");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        List<Path> starts = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
        try {
            starts.add(Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // only the working directory then
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw"))) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a directory with mvnw): "
                + "run from inside the repository or pass -Dstack.root=DIR");
    }

    static String version() {
        String version = LocalStack.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    /** What would make the start fail at once: missing jars, ports already taken. */
    List<String> preflight(boolean onlyInfra) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka broker", KAFKA_PORT);
        ports.put("Kafka controller", KAFKA_CONTROLLER_PORT);
        ports.put("document store", STORE_PORT);
        ports.put("mail server (SMTP)", SMTP_PORT);
        ports.put("mail server (IMAP)", IMAP_PORT);
        if (!onlyInfra) {
            for (App app : APPS) {
                if (!Files.isRegularFile(app.jar(root, version()))) {
                    problems.add("missing " + root.relativize(app.jar(root, version()))
                            + ": build first (./mvnw -B -DskipTests package, or use ./run-local.sh)");
                }
                ports.put(app.name(), app.port());
            }
        }
        ports.forEach((what, port) -> {
            if (ManagedProcess.isPortOpen("127.0.0.1", port)) {
                problems.add("port " + port + " (" + what + ") is already in use: is another stack or service still running?");
            }
        });
        return problems;
    }

    void startInfrastructure() throws IOException {
        System.out.println("Repository root: " + root + "\nState and logs:  " + stateDir);
        System.out.println("Starting Kafka broker (KRaft) on 127.0.0.1:" + KAFKA_PORT + " and document store on 127.0.0.1:" + STORE_PORT);
        broker = launch(ManagedProcess.javaMain("kafka", List.of("-Xmx256m", START_HEAP), KafkaBrokerMain.class,
                List.of(stateDir.resolve("kafka").toString(), Integer.toString(KAFKA_PORT), Integer.toString(KAFKA_CONTROLLER_PORT)),
                root, logDir.resolve("kafka.log")));
        store = launch(ManagedProcess.javaMain("document-store", List.of("-Xmx512m", START_HEAP), DocumentStoreMain.class,
                List.of(stateDir.resolve("store").resolve("documents.mv").toString(), Integer.toString(STORE_PORT)),
                root, logDir.resolve("document-store.log")));

        mail = launch(ManagedProcess.javaMain("mail-server", List.of("-Xmx64m"), MailServerMain.class,
                List.of(Integer.toString(SMTP_PORT), Integer.toString(IMAP_PORT)), root, logDir.resolve("mail-server.log")));

        broker.waitForPort("127.0.0.1", KAFKA_PORT, INFRA_TIMEOUT);
        broker.waitFor("a Kafka AdminClient to describe the cluster", INFRA_TIMEOUT, () -> kafkaNodes("127.0.0.1:" + KAFKA_PORT) > 0);
        System.out.printf("  kafka ready (%.1f s)%n", broker.secondsSinceStart());
        store.waitForPort("127.0.0.1", STORE_PORT, INFRA_TIMEOUT);
        System.out.printf("  document-store ready (%.1f s)%n", store.secondsSinceStart());
        mail.waitForPort("127.0.0.1", SMTP_PORT, INFRA_TIMEOUT);
        System.out.printf("  mail-server ready (%.1f s)%n", mail.secondsSinceStart());
    }

    static int kafkaNodes(String bootstrapServers) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
        }
    }

    void startApps() throws InterruptedException {
        startApp(APPS.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_STARTS, runnable -> {
            Thread thread = new Thread(runnable, "app-starter");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<App> starts = new ExecutorCompletionService<>(pool);
        List<App> rest = APPS.subList(1, APPS.size());
        rest.forEach(app -> starts.submit(() -> startApp(app), app));
        try {
            for (int i = 0; i < rest.size(); i++) {
                starts.take().get(); // in completion order: the first failure is seen at once
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void startApp(App app) {
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable());
        if (bench && app.name().equals("identity-service")) {
            // The benchmark mints a token per unit: each is an RSA signature (its client's secret is not checked with
            // BCrypt in the bench profile, identity-service BenchmarkClientSecret), which the full JIT runs faster.
            command.addAll(APP_JVM_OPTIONS.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel")).toList());
        } else {
            command.addAll(APP_JVM_OPTIONS);
        }
        command.add("-jar");
        command.add(app.jar(root, version()).toString());
        ManagedProcess process = launch(new ManagedProcess(app.name(), command,
                Map.of("SPRING_PROFILES_ACTIVE", profiles(app.name())),
                root, logDir.resolve(app.name() + ".log")));
        System.out.println("Starting " + app.name() + " on port " + app.port() + " (pid " + process.pid() + ")");
        process.waitForHttpOk(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health/readiness"), APP_TIMEOUT);
        System.out.printf("  %s ready (%.1f s)%n", app.name(), process.secondsSinceStart());
    }

    /** Starts and registers a process, unless the stack is already stopping. */
    private ManagedProcess launch(ManagedProcess process) {
        synchronized (started) {
            if (stopping) {
                throw new ManagedProcess.Failure(process, "the stack is stopping");
            }
            try {
                process.start();
            } catch (IOException e) {
                throw new ManagedProcess.Failure(process, "cannot start " + process.name() + ": " + e.getMessage());
            }
            started.add(process);
        }
        process.process().onExit().thenAccept(exited -> {
            if (ready && !stopping) {
                System.err.println("WARNING: " + process.name() + " exited unexpectedly (code " + exited.exitValue()
                        + "); last lines of " + process.logFile() + ":");
                process.tailLog(40).forEach(System.err::println);
            }
        });
        return process;
    }

    /** Services first (all at once, 20 s grace), then the document store, the broker last. */
    void stopAll() {
        List<ManagedProcess> processes;
        synchronized (started) {
            if (stopping) {
                return;
            }
            stopping = true;
            processes = new ArrayList<>(started);
        }
        List<ManagedProcess> apps = processes.stream().filter(p -> p != broker && p != store && p != mail && p.isAlive()).toList();
        if (!apps.isEmpty()) {
            System.out.println("Stopping " + String.join(", ", apps.stream().map(ManagedProcess::name).toList()));
            ManagedProcess.stopAll(apps, STOP_GRACE);
        }
        for (ManagedProcess infra : new ManagedProcess[] {mail, store, broker}) {
            if (infra != null && infra.isAlive()) {
                System.out.println("Stopping " + infra.name());
                infra.stop(STOP_GRACE);
            }
        }
        System.out.println("Local stack stopped.");
    }

    private void printSummary(boolean onlyInfra) {
        Instant launched = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        double seconds = Duration.between(launched, Instant.now()).toMillis() / 1000.0;
        List<ManagedProcess> processes;
        synchronized (started) {
            processes = new ArrayList<>(started);
        }
        long totalKb = 0;
        StringBuilder memory = new StringBuilder();
        for (ManagedProcess p : processes) {
            long kb = p.rssKb();
            totalKb += Math.max(0, kb);
            memory.append(String.format("    %-22s pid %-7d %s%n", p.name(), p.pid(), kb < 0 ? "n/a" : (kb / 1024) + " MB"));
        }
        System.out.println();
        System.out.printf("Local stack ready in %.1f s; %d processes, total RSS %d MB%n", seconds, processes.size(), totalKb / 1024);
        System.out.print(memory);
        System.out.println();
        System.out.println("  Kafka broker     127.0.0.1:" + KAFKA_PORT);
        System.out.println("  Document store   mongodb://127.0.0.1:" + STORE_PORT);
        System.out.println("  Mail server      smtp://127.0.0.1:" + SMTP_PORT + "  imap://127.0.0.1:" + IMAP_PORT
                + "  (read: curl -s \"imap://127.0.0.1:" + IMAP_PORT + "/INBOX;UID=1\" --user canbo.sontinh@demo.baocao.antt.local:demo)");
        if (!onlyInfra) {
            System.out.println("  Web application  http://localhost:8080/   (open it in a browser; sign in as vanthu.tinhson / demo)");
            System.out.println("  Gateway          http://localhost:8080/api/**");
            System.out.println("  Identity         http://localhost:9000");
            for (App app : APPS) {
                String base = "http://localhost:" + app.port();
                System.out.printf("  %-22s %s  OpenAPI %s/v3/api-docs  health %s/actuator/health%n", app.name(), base, base, base);
            }
        }
        System.out.println("  Logs             " + logDir);
        System.out.println();
        if (!onlyInfra) {
            printDemoUsers();
        }
    }

    private static void printDemoUsers() {
        try (InputStream in = LocalStack.class.getResourceAsStream("/demo-users.txt")) {
            if (in != null) {
                System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            System.out.println("(demo users: see deploy/local-stack/src/main/resources/demo-users.txt)");
        }
    }

    /**
     * The demo with Quảng Ngãi before and after the reform of 1/7/2025 ({@code demo-2026}: the 96 communes, plan
     * MH-05/KH-UBND and the demo reports); the benchmark runs on the pre-reform demo alone, with its token client.
     */
    private static String profiles(String app) {
        if (bench) {
            return app.equals("identity-service") ? "local,demo,bench" : "local,demo";
        }
        return "local,demo,demo-2026";
    }
}
