package vn.antt.reporting.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU and resident memory of every process of the local stack, sampled each second from /proc (Linux): the highest
 * RSS seen, and the CPU time spent between {@link #start} and {@link #stop}.
 */
final class Processes {

    /** What identifies each process in its command line. */
    static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("kafka", "KafkaBrokerMain");
        MARKERS.put("document-store", "DocumentStoreMain");
        MARKERS.put("mail-server", "MailServerMain");
        for (String service : List.of("identity-service", "planning-service", "submission-service", "review-service",
                "aggregation-service", "notification-service", "gateway")) {
            MARKERS.put(service, service + "-");
        }
    }

    record Usage(String name, long pid, long maxRssKb, double cpuSeconds, double cpuPercent) {
    }

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> maxRss = new ConcurrentHashMap<>();
    private final Map<String, Long> cpuStart = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private long startNanos;

    Processes() {
        ProcessHandle.allProcesses().forEach(p -> p.info().commandLine().ifPresent(line -> MARKERS.forEach((name, marker) -> {
            if (line.contains(marker) && line.contains("java") && !pids.containsKey(name)) {
                pids.put(name, p.pid());
            }
        })));
    }

    Map<String, Long> found() {
        return pids;
    }

    void start() {
        startNanos = System.nanoTime();
        pids.forEach((name, pid) -> cpuStart.put(name, cpuTicks(pid)));
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    Map<String, Usage> stop() {
        sampler.shutdownNow();
        sample();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Usage> usage = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            double cpu = (cpuTicks(pid) - cpuStart.getOrDefault(name, 0L)) / 100.0; // USER_HZ is 100 on Linux
            usage.put(name, new Usage(name, pid, maxRss.getOrDefault(name, -1L), cpu, 100.0 * cpu / seconds));
        });
        return usage;
    }

    private void sample() {
        pids.forEach((name, pid) -> {
            long rss = rssKb(pid);
            maxRss.merge(name, rss, Math::max);
        });
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // not Linux, or the process ended
        }
        return -1;
    }

    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
