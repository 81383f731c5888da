package vn.antt.reporting.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies (or any durations) in milliseconds, with their percentiles. */
final class Stats {

    private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

    void add(double millis) {
        values.add(millis);
    }

    int count() {
        return values.size();
    }

    /** The p-th percentile (nearest rank), or NaN when empty. */
    double percentile(double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
