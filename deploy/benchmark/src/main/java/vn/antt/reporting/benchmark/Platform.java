package vn.antt.reporting.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP to the running stack: tokens from the issuer's benchmark client, JSON calls, and SSE streams. */
final class Platform {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, String body, double millis) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Platform(String issuer) {
        this.issuer = issuer;
    }

    /** An access token for {@code unit} with {@code roles} (comma-separated), from the {@code bench} profile's client. */
    String token(String unit, String roles) {
        return tokens.computeIfAbsent(unit + "|" + roles, key -> {
            String form = "grant_type=client_credentials&scope=benchmark&unit_code=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                    + "&roles=" + URLEncoder.encode(roles, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("benchmark:benchmark-only".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            Answer answer = send(request);
            if (!answer.ok()) {
                throw new IllegalStateException("no benchmark token (is identity-service running with the bench profile? "
                        + "start the stack with ./run-local.sh --bench): " + answer.status() + " " + answer.body());
            }
            return answer.json().get("access_token").asString();
        });
    }

    Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build());
    }

    Answer post(String url, String token, byte[] json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
    }

    Answer post(String url, String token, Object body) {
        return post(url, token, JSON.writeValueAsBytes(body));
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            return new Answer(599, e.toString(), (System.nanoTime() - start) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a Server-Sent Events stream in the background; {@code onEvent} gets each event's data and arrival time. */
    void follow(String url, String token, BiConsumer<String, Long> onEvent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            Thread reader = new Thread(() -> read(response.body(), onEvent), "sse " + url);
            reader.setDaemon(true);
            reader.start();
        });
    }

    private static void read(Stream<String> lines, BiConsumer<String, Long> onEvent) {
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && !data.isEmpty()) {
                    onEvent.accept(data.toString(), System.nanoTime());
                    data.setLength(0);
                }
            });
        } catch (RuntimeException closed) {
            // the benchmark ended
        }
    }
}
