package vn.antt.reporting.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phase's freshness goes, per stage, from aggregation-service's own meters read before and after the phase
 * ({@code /actuator/prometheus}): the <b>relay</b> (the event's time, when its service stored the change with its outbox
 * entry, to the record's timestamp, when the outbox relay sent it: {@code reporting.rollup.intake.lag{stage=relay}}), the
 * <b>broker and consumer</b> (the record's timestamp to its contribution being recorded:
 * {@code stage=consume}, which includes the batch's store write), and of that the <b>store</b> (the time of the bulk
 * writes to {@code contributions}, per poll, from the driver's command timer). What is left of the freshness the benchmark
 * measures is the roll-up's computation and its push to the dashboard stream. Means over the phase (sums and counts are
 * cumulative; the meters' percentiles are over a sliding window and would mix phases).
 */
final class Stages {

    static final String AGGREGATION = "http://localhost:8083";

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)}\\s+(\\S+)");

    private Stages() {
    }

    /** aggregation-service's meters now (empty when it does not answer). */
    static Map<String, Double> snapshot(Platform platform) {
        Platform.Answer answer = platform.get(AGGREGATION + "/actuator/prometheus", null);
        return answer.ok() ? parse(answer.body()) : Map.of();
    }

    /**
     * The samples a stage needs, each summed over the labels that do not matter here: "lag_sum relay submission-events",
     * "lag_count consume review-events", "batches submission-events", "records …", "store_sum", "store_count".
     */
    static Map<String, Double> parse(String prometheus) {
        Map<String, Double> samples = new TreeMap<>();
        for (String line : prometheus.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = StoreOperations.labels(m.group(2));
            String key = switch (m.group(1)) {
                case "reporting_rollup_intake_lag_seconds_sum" -> "lag_sum " + labels.get("stage") + " " + labels.get("topic");
                case "reporting_rollup_intake_lag_seconds_count" -> "lag_count " + labels.get("stage") + " " + labels.get("topic");
                case "reporting_rollup_intake_batches_total" -> "batches " + labels.get("topic");
                case "reporting_rollup_intake_records_total" -> "records " + labels.get("topic");
                case "mongodb_driver_commands_seconds_sum" -> storeWrite(labels) ? "store_sum" : null;
                case "mongodb_driver_commands_seconds_count" -> storeWrite(labels) ? "store_count" : null;
                default -> null;
            };
            if (key != null) {
                samples.merge(key, Double.parseDouble(m.group(3)), Double::sum);
            }
        }
        return samples;
    }

    /** The ledger's bulk writes: {@code update} commands on {@code unit_contributions}. */
    private static boolean storeWrite(Map<String, String> labels) {
        return "unit_contributions".equals(labels.get("collection")) && "update".equals(labels.get("command"));
    }

    /**
     * Per topic, the mean of each stage over the phase between the two snapshots (ms), the records and polls it took in;
     * and the store's bulk writes to {@code contributions} (both topics', per poll). A stage with nothing recorded is
     * absent.
     */
    static Map<String, Object> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Object> report = new LinkedHashMap<>();
        for (String topic : new String[] {"submission-events", "review-events"}) {
            Map<String, Object> one = new LinkedHashMap<>();
            double records = delta(before, after, "records " + topic);
            double batches = delta(before, after, "batches " + topic);
            one.put("records", Math.round(records));
            one.put("polls", Math.round(batches));
            meanMs(before, after, "lag_sum relay " + topic, "lag_count relay " + topic)
                    .ifPresent(ms -> one.put("relayMeanMs", ms));
            meanMs(before, after, "lag_sum consume " + topic, "lag_count consume " + topic)
                    .ifPresent(ms -> one.put("brokerAndConsumerMeanMs", ms));
            report.put(topic, one);
        }
        meanMs(before, after, "store_sum", "store_count").ifPresent(ms -> report.put("storeBulkWriteMeanMs", ms));
        report.put("storeBulkWrites", Math.round(delta(before, after, "store_count")));
        report.put("storeBulkWriteSeconds", BenchmarkMain.round(delta(before, after, "store_sum")));
        return report;
    }

    private static java.util.Optional<Double> meanMs(Map<String, Double> before, Map<String, Double> after, String sum,
                                                     String count) {
        double n = delta(before, after, count);
        return n <= 0 ? java.util.Optional.empty() : java.util.Optional.of(BenchmarkMain.round(delta(before, after, sum) / n * 1000));
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        return Math.max(0, after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0));
    }
}
