package vn.antt.reporting.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Non-success answers by HTTP status and the rule the problem details name ({@code rule}, else the {@code type} after
 * {@code urn:antt:problem:}), e.g. {@code 409 review-level-decided}, {@code 504 service-timeout}; 599 is the
 * benchmark's own: no answer (connection refused, reset, timed out).
 */
final class Refusals {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void add(Platform.Answer answer) {
        counts.computeIfAbsent(key(answer), k -> new AtomicInteger()).incrementAndGet();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** "status rule" → count, sorted. */
    Map<String, Integer> toMap() {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.get()));
        return sorted;
    }

    static String key(Platform.Answer answer) {
        return answer.status() + " " + ruleOf(answer);
    }

    /** The problem's rule, or what the answer was when it carries no problem details. */
    static String ruleOf(Platform.Answer answer) {
        if (answer.status() == 599) {
            String body = answer.body() == null ? "" : answer.body();
            int colon = body.indexOf(':');
            String exception = colon < 0 ? body : body.substring(0, colon);
            return "no-answer (" + exception.substring(exception.lastIndexOf('.') + 1) + ")";
        }
        try {
            JsonNode problem = Platform.JSON.readTree(answer.body());
            if (problem.hasNonNull("rule")) {
                return problem.get("rule").asString();
            }
            if (problem.hasNonNull("type")) {
                String type = problem.get("type").asString();
                return type.startsWith("urn:antt:problem:") ? type.substring("urn:antt:problem:".length()) : type;
            }
        } catch (RuntimeException notJson) {
            // no problem details
        }
        return "no-problem-details";
    }
}
