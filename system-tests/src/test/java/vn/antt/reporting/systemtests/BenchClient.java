package vn.antt.reporting.systemtests;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP as a unit's software sees it while services fail: tokens of any unit from the issuer's benchmark client
 * (identity-service profile {@code bench}), and answers that are never exceptions — a refused connection or a
 * timeout is status 599, so the caller decides whether to try again. A 401 drops the cached token: a restarted issuer
 * signs with a new key, and a client signs in again.
 */
final class BenchClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    BenchClient(String issuer) {
        this.issuer = issuer;
    }

    Answer get(String url, String unit, String roles) {
        return call(unit, roles, token -> HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    Answer post(String url, String unit, String roles, Object body, Map<String, String> headers) {
        return send(url, unit, roles, "POST", body, headers);
    }

    Answer put(String url, String unit, String roles, Object body) {
        return send(url, unit, roles, "PUT", body, Map.of());
    }

    private Answer send(String url, String unit, String roles, String method, Object body, Map<String, String> headers) {
        byte[] json = body instanceof byte[] bytes ? bytes : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(body);
        return call(unit, roles, token -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(json));
            headers.forEach(request::header);
            return request;
        });
    }

    private interface RequestFor {
        HttpRequest.Builder with(String token);
    }

    /** With the cached token; on a 401, once more with a new one (the issuer may have restarted with a new key). */
    private Answer call(String unit, String roles, RequestFor request) {
        String key = unit + "|" + roles;
        boolean cached = tokens.containsKey(key);
        Answer answer = callOnce(key, unit, roles, request);
        return answer.status() == 401 && cached ? callOnce(key, unit, roles, request) : answer;
    }

    private Answer callOnce(String key, String unit, String roles, RequestFor request) {
        String token = tokens.get(key);
        if (token == null) {
            Answer minted = mint(unit, roles);
            if (!minted.ok()) {
                return minted;
            }
            token = minted.json().get("access_token").asString();
            tokens.put(key, token);
        }
        Answer answer = exchange(request.with(token).timeout(Duration.ofSeconds(30)).build());
        if (answer.status() == 401) {
            tokens.remove(key, token);
        }
        return answer;
    }

    /** A token of {@code unit} with {@code roles} from the benchmark client, for an {@code ApiClient}. */
    String token(String unit, String roles) {
        return token(unit, roles, null);
    }

    /** The same for a unit version ({@code unit_version}, e.g. {@code 21061@2025-07-01}; null: the code's first version). */
    String token(String unit, String roles, String version) {
        Answer minted = mint(unit, roles, version);
        if (!minted.ok()) {
            throw new IllegalStateException("no token for " + unit + " " + roles + ": " + minted);
        }
        return minted.json().get("access_token").asString();
    }

    private Answer mint(String unit, String roles) {
        return mint(unit, roles, null);
    }

    private Answer mint(String unit, String roles, String version) {
        String form = "grant_type=client_credentials&scope=benchmark&unit_code=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                + "&roles=" + URLEncoder.encode(roles, StandardCharsets.UTF_8)
                + (version == null ? "" : "&unit_version=" + URLEncoder.encode(version, StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("benchmark:benchmark-only".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(599, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, "interrupted");
        }
    }
}
