package vn.antt.reporting.localstack;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM of the local stack: started with {@link ProcessBuilder}, its output (stdout and stderr)
 * going to one log file. Knows how to wait until it is usable, how much memory it uses and how to stop.
 */
public final class ManagedProcess {

    /** Something the launcher waits for; an exception counts as "not yet". */
    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }

    /** The process died, or was not ready in time. */
    public static final class Failure extends RuntimeException {
        private final transient ManagedProcess process;

        Failure(ManagedProcess process, String message) {
            super(message);
            this.process = process;
        }

        public ManagedProcess process() {
            return process;
        }
    }

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final List<String> command;
    static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";
    static final String DEFAULT_MALLOC_ARENAS = "2";

    private final Map<String, String> environment;
    private final Path workDir;
    private final Path logFile;
    private volatile Process process;
    private volatile long startedAt;

    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.logFile = logFile;
    }

    /**
     * A main class of this module in its own JVM. The class path is the local-stack jar plus its
     * {@code lib/*} when running from the jar, otherwise the class path of this JVM (IDE, tests). The
     * child ends by itself when this JVM is gone (see {@link ParentWatch}).
     */
    public static ManagedProcess javaMain(String name, List<String> jvmOptions, Class<?> mainClass, List<String> args,
            Path workDir, Path logFile) {
        return javaMain(name, jvmOptions, classPathOf(mainClass), mainClass, args, workDir, logFile);
    }

    /** The same with the given class path (a test passes its own). */
    public static ManagedProcess javaMain(String name, List<String> jvmOptions, String classPath, Class<?> mainClass,
            List<String> args, Path workDir, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(args);
        return new ManagedProcess(name, command, Map.of(), workDir, logFile);
    }

    /** The java of this JVM, else {@code $JAVA_HOME/bin/java}, else {@code java} from the PATH. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command().orElseGet(() -> {
            String javaHome = System.getenv("JAVA_HOME");
            return javaHome == null ? "java" : Path.of(javaHome, "bin", "java").toString();
        });
    }

    static String classPathOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + File.pathSeparator + location.resolveSibling("lib").resolve("*");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: use this JVM's class path
        }
        return System.getProperty("java.class.path");
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized ManagedProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(logFile.getParent());
        boolean restart = process != null;
        if (restart) {
            Files.writeString(logFile, "%n---- restarted at %s ----%n".formatted(java.time.Instant.now()),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                // A restart keeps what the process wrote before it died.
                .redirectOutput(restart ? ProcessBuilder.Redirect.appendTo(logFile.toFile()) : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        // glibc gives each thread that allocates an arena of its own, up to 8 per core; a JVM's native memory (buffers,
        // zip, the JIT) then sits in many part-used arenas. Two keep each JVM's resident set smaller; set outside, it wins.
        builder.environment().putIfAbsent(MALLOC_ARENA_MAX, DEFAULT_MALLOC_ARENAS);
        startedAt = System.nanoTime();
        process = builder.start();
        return this;
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Seconds since {@link #start()}. */
    public double secondsSinceStart() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    public void waitForPort(String host, int port, Duration timeout) {
        waitFor("port " + port, timeout, () -> isPortOpen(host, port));
    }

    /** Waits for HTTP 200 from {@code url} (for example the readiness group of Spring Boot's actuator). */
    public void waitForHttpOk(URI url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
        waitFor(url.toString(), timeout,
                () -> HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /**
     * Polls {@code check} until it holds; prints a line every 10 s about what it waits for. Throws
     * {@link Failure} if the process exits or the timeout passes.
     */
    public void waitFor(String what, Duration timeout, Check check) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + REPORT_EVERY.toNanos();
        while (true) {
            if (!isAlive()) {
                throw new Failure(this, name + " exited with code " + process.exitValue() + " while waiting for " + what);
            }
            if (passes(check)) {
                return;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new Failure(this, name + " was not ready within " + timeout.toSeconds() + " s (waited for " + what + ")");
            }
            if (now >= nextReport) {
                System.out.printf("  ... waiting for %s: %s (%d s)%n", name, what, Duration.ofNanos(now - start).toSeconds());
                nextReport += REPORT_EVERY.toNanos();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(this, "interrupted while waiting for " + name);
            }
        }
    }

    private static boolean passes(Check check) {
        try {
            return check.ok();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    public static boolean isPortOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Resident memory in kB from {@code /proc/<pid>/status} (VmRSS), or -1 where there is no /proc. */
    public long rssKb() {
        if (!isAlive()) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended
        }
        return -1;
    }

    /** The last {@code count} lines of the log file. */
    public List<String> tailLog(int count) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    /** SIGKILL (on Unix), as a crash would end it: no shutdown hook runs. Returns once it is gone. */
    public void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM, wait up to {@code grace}, then kill. */
    public void stop(Duration grace) {
        stopAll(List.of(this), grace);
    }

    /** Sends SIGTERM to all at once, waits up to {@code grace} in total, then kills those still running. */
    public static void stopAll(List<ManagedProcess> processes, Duration grace) {
        List<ManagedProcess> running = processes.stream().filter(ManagedProcess::isAlive).toList();
        running.forEach(p -> p.process.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        for (ManagedProcess p : running) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!p.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    System.out.println("  " + p.name + " did not stop within " + grace.toSeconds() + " s: killing it");
                    p.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.process.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return name + (process == null ? " (not started)" : " (pid " + process.pid() + ")");
    }
}
