package vn.antt.reporting.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
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

    private final Path cacheFile;

    Platform(String issuer, Path cacheFile) {
        this.issuer = issuer;
        this.cacheFile = cacheFile;
    }

    /**
     * Reuses the tokens of an earlier run (minting 10.047 takes minutes) while they have more than 30 minutes left,
     * if {@code probe} accepts the first of them (the issuer may have a new key since).
     */
    void loadTokens(java.util.function.Predicate<String> probe) {
        if (!Files.isRegularFile(cacheFile)) {
            return;
        }
        try {
            Properties stored = new Properties();
            try (var in = Files.newBufferedReader(cacheFile)) {
                stored.load(in);
            }
            long soon = Instant.now().plus(Duration.ofMinutes(30)).getEpochSecond();
            Map<String, String> valid = new HashMap<>();
            stored.forEach((key, token) -> {
                String[] parts = token.toString().split("\\.");
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
                if (claims.get("exp").asLong() > soon) {
                    valid.put(key.toString(), token.toString());
                }
            });
            if (!valid.isEmpty() && probe.test(valid.values().iterator().next())) {
                tokens.putAll(valid);
            }
        } catch (IOException | RuntimeException unreadable) {
            // mint them again
        }
    }

    /** How many tokens are at hand (minted or reused). */
    int tokenCount() {
        return tokens.size();
    }

    void saveTokens() throws IOException {
        Properties stored = new Properties();
        stored.putAll(tokens);
        Files.createDirectories(cacheFile.getParent());
        try (var out = Files.newBufferedWriter(cacheFile)) {
            stored.store(out, "benchmark access tokens (local stack only)");
        }
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

    /** A GET; without a token ({@code null}) for what every caller may read, e.g. {@code /actuator/prometheus}. */
    Answer get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A file's answer: its status, size, content type and how long it took to arrive whole. */
    record Download(int status, long bytes, String contentType, double millis) {
    }

    Download download(String url, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body().length,
                    response.headers().firstValue("Content-Type").orElse(""), (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            return new Download(599, 0, e.toString(), (System.nanoTime() - start) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Download(599, 0, "interrupted", (System.nanoTime() - start) / 1e6);
        }
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
