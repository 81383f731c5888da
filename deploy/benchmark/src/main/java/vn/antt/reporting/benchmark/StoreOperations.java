package vn.antt.reporting.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Store operations of each service, from its Micrometer MongoDB command timer ({@code mongodb.driver.commands}, which
 * Spring Boot registers for every MongoClient): the counts per collection and command, read from
 * {@code /actuator/prometheus} before and after the load. Health pings and index creation are left out; everything
 * else a service sent the store meanwhile is counted, its outbox relay's looks while idle included.
 */
final class StoreOperations {

    /** The services that keep documents, and where their actuator answers (the local stack's ports). */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("planning-service", "http://localhost:8085");
        SERVICES.put("submission-service", "http://localhost:8081");
        SERVICES.put("review-service", "http://localhost:8082");
        SERVICES.put("aggregation-service", "http://localhost:8083");
        SERVICES.put("notification-service", "http://localhost:8084");
    }

    private static final Set<String> NOT_COUNTED = Set.of("ping", "hello", "isMaster", "ismaster", "buildInfo", "createIndexes",
            "listIndexes", "endSessions");
    private static final Pattern COUNT = Pattern.compile("^mongodb_driver_commands_seconds_count\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private StoreOperations() {
    }

    /** Per service, "collection command" → commands sent so far (an empty map when a service did not answer). */
    static Map<String, Map<String, Long>> snapshot(Platform platform) {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        SERVICES.forEach((service, base) -> {
            Platform.Answer answer = platform.get(base + "/actuator/prometheus", null);
            all.put(service, answer.ok() ? parse(answer.body()) : Map.of());
        });
        return all;
    }

    /**
     * Waits until no service's consumers have records left to take in (the binder's
     * {@code spring_cloud_stream_binder_kafka_offset} gauges add up to 0), at most {@code timeout}; per service the
     * records it still had when the wait ended, and how long that took.
     */
    static Map<String, Object> awaitConsumersCaughtUp(Platform platform, java.time.Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Long> lags = new LinkedHashMap<>();
        while (true) {
            lags.clear();
            SERVICES.forEach((service, base) -> {
                Platform.Answer answer = platform.get(base + "/actuator/prometheus", null);
                lags.put(service, answer.ok() ? lag(answer.body()) : -1);
            });
            // -1: a service without consumers' lag gauges (planning-service consumes nothing of the load).
            boolean caughtUp = lags.values().stream().allMatch(l -> l <= 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (caughtUp || seconds > timeout.toSeconds()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("caughtUp", caughtUp);
                report.put("waitedSeconds", BenchmarkMain.round(seconds));
                report.put("recordsLeftPerService", new LinkedHashMap<>(lags));
                return report;
            }
            Thread.sleep(2000);
        }
    }

    /** The records a service's consumers have yet to take in, over every topic (-1 without the gauge). */
    static long lag(String prometheus) {
        long total = 0;
        boolean found = false;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("spring_cloud_stream_binder_kafka_offset{")) {
                found = true;
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return found ? total : -1;
    }

    /** Per service, the operations per second between two snapshots {@code seconds} apart. */
    static Map<String, Double> rates(Map<String, Map<String, Long>> from, Map<String, Map<String, Long>> to, double seconds) {
        Map<String, Double> rates = new LinkedHashMap<>();
        to.forEach((service, counts) -> {
            Map<String, Long> was = from.getOrDefault(service, Map.of());
            long operations = counts.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - was.getOrDefault(e.getKey(), 0L))).sum();
            rates.put(service, seconds <= 0 ? 0 : operations / seconds);
        });
        return rates;
    }

    /** The labels of a Prometheus sample, {@code a="x",b="y"}, by name. */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher l = LABEL.matcher(text);
        while (l.find()) {
            labels.put(l.group(1), l.group(2));
        }
        return labels;
    }

    /** "collection command" → count, from a Prometheus text exposition. */
    static Map<String, Long> parse(String prometheus) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : prometheus.split("\n")) {
            Matcher m = COUNT.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = labels(m.group(1));
            String command = labels.getOrDefault("command", "?");
            if (NOT_COUNTED.contains(command)) {
                continue;
            }
            counts.merge(labels.getOrDefault("collection", "?") + " " + command, (long) Double.parseDouble(m.group(2)), Long::sum);
        }
        return counts;
    }

    /**
     * Per service: its operations between the two snapshots divided by {@code accepted}, in total and per collection and
     * command, and the sum over the services.
     */
    static Map<String, Object> perSubmission(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after,
                                             long accepted) {
        return perSubmission(before, after, accepted, Map.of(), 0);
    }

    /**
     * The same, and less the idle rate: {@code idle} is what each service sent per second while nothing was submitted
     * (measured before the load: outbox relays' looks, schedules), taken off for the {@code seconds} between the two
     * snapshots ({@code perAcceptedSubmissionLessIdle}).
     */
    static Map<String, Object> perSubmission(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after,
                                             long accepted, Map<String, Double> idle, double seconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        double total = 0;
        double totalLessIdle = 0;
        Map<String, Object> services = new LinkedHashMap<>();
        for (String service : after.keySet()) {
            Map<String, Long> was = before.getOrDefault(service, Map.of());
            Map<String, Double> byCommand = new TreeMap<>();
            long operations = 0;
            for (Map.Entry<String, Long> e : after.get(service).entrySet()) {
                long delta = e.getValue() - was.getOrDefault(e.getKey(), 0L);
                if (delta > 0) {
                    operations += delta;
                    byCommand.put(e.getKey(), BenchmarkMain.round(per(delta, accepted)));
                }
            }
            total += per(operations, accepted);
            double lessIdle = Math.max(0, operations - idle.getOrDefault(service, 0.0) * seconds);
            totalLessIdle += lessIdle / Math.max(1, accepted);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("operations", operations);
            one.put("perAcceptedSubmission", BenchmarkMain.round(per(operations, accepted)));
            one.put("idlePerSecond", BenchmarkMain.round(idle.getOrDefault(service, 0.0)));
            one.put("perAcceptedSubmissionLessIdle", BenchmarkMain.round(accepted == 0 ? Double.NaN : lessIdle / accepted));
            one.put("perCollectionAndCommand", byCommand);
            services.put(service, one);
        }
        report.put("acceptedSubmissions", accepted);
        report.put("totalPerAcceptedSubmission", BenchmarkMain.round(total));
        report.put("totalPerAcceptedSubmissionLessIdle", BenchmarkMain.round(totalLessIdle));
        report.put("seconds", BenchmarkMain.round(seconds));
        report.put("services", services);
        return report;
    }

    private static double per(long operations, long accepted) {
        return accepted == 0 ? Double.NaN : (double) operations / accepted;
    }
}
