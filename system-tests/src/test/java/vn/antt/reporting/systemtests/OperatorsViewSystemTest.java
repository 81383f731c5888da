package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The operators' view names only metrics that exist: every metric of the Grafana dashboard and of the Prometheus
 * alert rules ({@code deploy/observability}) is in the {@code /actuator/prometheus} scrape of a running service of
 * the shared platform. A renamed meter, or a rule written against a metric nobody exports, fails here instead of
 * staying silent on the night of a deadline.
 */
class OperatorsViewSystemTest {

    static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = SharedPlatform.get();
    }

    @Test
    void everyMetricOfTheDashboardAndTheAlertRulesIsExportedByARunningService() throws Exception {
        Map<String, Set<String>> exportedBy = new TreeMap<>();
        for (String service : List.of("planning-service", "submission-service", "review-service", "aggregation-service",
                "notification-service", "gateway", "identity-service")) {
            for (String name : scrape(platform.url(service) + "/actuator/prometheus")) {
                exportedBy.computeIfAbsent(name, n -> new TreeSet<>()).add(service);
            }
        }
        Set<String> named = new TreeSet<>();
        expressionsOfDashboard().forEach(expr -> named.addAll(metricsIn(expr)));
        expressionsOfRules().forEach(expr -> named.addAll(metricsIn(expr)));

        assertThat(named).contains("reporting_rollup_intake_lag_seconds", "reporting_dead_letters_total",
                "reporting_outbox_oldest_age_seconds", "spring_cloud_stream_binder_kafka_offset",
                "resilience4j_circuitbreaker_state", "reporting_deadline_alerts_unraised");
        assertThat(named).allSatisfy(metric -> assertThat(exportedBy).as("services exporting " + metric).containsKey(metric));
        // The services that own each stage export it.
        assertThat(exportedBy.get("reporting_rollup_intake_lag_seconds")).contains("aggregation-service");
        assertThat(exportedBy.get("reporting_submissions_total")).contains("submission-service");
        assertThat(exportedBy.get("reporting_dead_letters_total"))
                .contains("submission-service", "review-service", "aggregation-service", "notification-service");
        assertThat(exportedBy.get("reporting_outbox_pending")).contains("planning-service", "submission-service", "review-service",
                "aggregation-service");
    }

    @Test
    void theMetricNamesAreReadFromPromQlAsPrometheusReadsThem() {
        assertThat(metricsIn("sum by (group, topic) (increase(reporting_dead_letters_total{topic=~\"a|b\"}[5m])) > 0"))
                .containsExactly("reporting_dead_letters_total");
        assertThat(metricsIn("max(a_metric) > 0 or min(b_metric_seconds) > 300")).containsExactlyInAnyOrder("a_metric", "b_metric_seconds");
    }

    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"])*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(bare);
        while (matcher.find()) {
            String token = matcher.group();
            String rest = bare.substring(matcher.end()).stripLeading();
            if (!rest.startsWith("(") && !PROMQL_WORDS.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static List<String> expressionsOfDashboard() throws IOException {
        Map<String, Object> dashboard = new Yaml().load(Files.readString(OBSERVABILITY.resolve("grafana/dashboards/antt-reporting.json")));
        List<String> exprs = new ArrayList<>();
        for (Map<String, Object> panel : (List<Map<String, Object>>) dashboard.get("panels")) {
            for (Map<String, Object> target : (List<Map<String, Object>>) panel.get("targets")) {
                exprs.add((String) target.get("expr"));
            }
        }
        assertThat(exprs).hasSizeGreaterThanOrEqualTo(12);
        return exprs;
    }

    @SuppressWarnings("unchecked")
    static List<String> expressionsOfRules() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(OBSERVABILITY.resolve("prometheus/alert-rules.yml")));
        List<String> exprs = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                exprs.add((String) rule.get("expr"));
            }
        }
        assertThat(exprs).hasSize(5);
        return exprs;
    }

    private static Set<String> scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            Matcher matcher = NAME.matcher(line);
            if (matcher.lookingAt()) {
                names.add(matcher.group());
            }
        });
        return names;
    }
}
