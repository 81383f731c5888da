package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;
import vn.antt.reporting.testsupport.SharedInfrastructure;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Hostile input against the gateway's public endpoints, generated from a seed: malformed JSON, wrong types, huge
 * numbers, 10 MB bodies, MongoDB operators in fields and query parameters, NFD and control characters, lone
 * surrogates, path traversal in paths and file names, forged, tampered and expired tokens. Expected every time: no
 * 5xx, a problem-details answer for every refusal, and no stored or published effect (checked at the end through
 * the API and on the Kafka topic). The report ({@code target/hostile-input-report.json}) says how many cases ran.
 */
class HostileInputSystemTest {

    private static final String PLAN = "kh-119-2025-qng";
    private static final String UNIT = "21217";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Strings that have hurt document stores, parsers and file systems. */
    private static final List<String> HOSTILE = List.of(
            "{\"$gt\":\"\"}", "$where", "{\"$where\":\"sleep(1000)\"}", "$ne", "../../etc/passwd", "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "'; db.dropDatabase(); '", "\u0000", "a\u0000b", "\u202Egnp.exe", "\uFEFF",
            Normalizer.normalize("Xã Tịnh Sơn", Normalizer.Form.NFD), "\r\nX-Injected: 1", "<script>alert(1)</script>",
            "x".repeat(5000), "-1", "1e400", "NaN", "", " ", "null");

    private static RunningPlatform platform;
    private static String clerk;
    private static String reviewer;
    private static String admin;
    /** The clerk's token as the issuer signed it, but expired ten minutes ago (past any clock-skew allowance). */
    private static String expiredByTheIssuer;

    record Case(String family, String method, String path, String contentType, byte[] body, String token, boolean mustFail) {
    }

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = SharedPlatform.get();
        clerk = OidcLogin.accessToken(platform.issuer(), "vanthu.tinhson", "demo");
        reviewer = OidcLogin.accessToken(platform.issuer(), "canbo.sontinh", "demo");
        admin = OidcLogin.accessToken(platform.issuer(), "quantri.tinh", "demo");
        // A token with the same claims and key, valid, is accepted: so the expired one is refused for its expiry alone.
        String resigned = platform.issuerKey().resigned(clerk, Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(new ApiClient(platform.url("gateway")).as(resigned).get("/api/submissions?planId=" + PLAN + "&unitCode=" + UNIT)
                .status()).isEqualTo(200);
        expiredByTheIssuer = platform.issuerKey().resigned(clerk, Instant.now().minus(Duration.ofMinutes(10)));
        ApiClient gateway = new ApiClient(platform.url("gateway")).as(clerk);
        // The demo plan must have reached submission-service, or every submission would fail for that reason alone.
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.get("/api/submissions?planId=" + PLAN + "&unitCode=" + UNIT).status() == 200
                        && gateway.post("/api/submissions", withoutDocument(validSubmission()).toString()).status() == 400);
    }

    @Test
    void noHostileInputGetsA5xxOrAnAnswerThatIsNotProblemDetailsOrLeavesAnyEffect() throws Exception {
        List<Case> cases = generate(new Random(20251106));
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byFamily = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = send(c);
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byFamily.merge(c.family().split(" ")[0], 1, Integer::sum);
            String what = c.family() + " " + c.method() + " " + abbreviate(c.path()) + " → " + status;
            if (status >= 500) {
                failures.add(what + " (server error: " + abbreviate(response.body()) + ")");
            } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(what + " (not problem details: " + contentType + ")");
            } else if (status < 400 && c.mustFail()) {
                failures.add(what + " (accepted)");
            }
        }
        Path report = Path.of("target", "hostile-input-report.json");
        Files.createDirectories(report.getParent());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cases", cases.size());
        summary.put("byFamily", byFamily);
        summary.put("byStatus", byStatus);
        summary.put("failures", failures);
        Files.writeString(report, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        System.out.println("Hostile input: " + cases.size() + " cases, by status " + byStatus + ", " + failures.size() + " failure(s)");

        assertThat(failures).isEmpty();
        assertThat(cases.size()).isGreaterThan(500);
        // No stored effect: no submission, no draft, no webhook; nothing published for the unit.
        ApiClient asClerk = new ApiClient(platform.url("gateway")).as(clerk);
        assertThat(asClerk.get("/api/submissions?planId=" + PLAN + "&unitCode=" + UNIT).json()).isEmpty();
        assertThat(asClerk.get("/api/drafts/" + PLAN + "/" + UNIT).status()).isEqualTo(404);
        assertThat(new ApiClient(platform.url("gateway")).as(admin).get("/api/webhooks").json()).isEmpty();
        assertThat(recordsFor(Topics.SUBMISSION_EVENTS, PLAN + ":" + UNIT)).isZero();
    }

    static List<Case> generate(Random random) {
        List<Case> cases = new ArrayList<>();
        String valid = validSubmission().toString();

        // Malformed JSON: truncated anywhere, broken at the start, quotes and colons replaced.
        for (int i = 0; i < 40; i++) {
            String truncated = valid.substring(0, random.nextInt(valid.length() - 1));
            cases.add(json("malformed-json", "POST", "/api/submissions", truncated, clerk));
            cases.add(json("malformed-json", "PUT", "/api/drafts/" + PLAN + "/" + UNIT, truncated, clerk));
        }
        for (String broken : List.of("{" + valid, valid.replaceFirst(":", "="), valid.replaceFirst("\"", "'"), "", "[", "{\"planId\":",
                "\u0000\u0001", "null", "[]", "123", "\"text\"", "{\"a\":" + "[".repeat(5000))) {
            cases.add(json("malformed-json", "POST", "/api/submissions", broken, clerk));
            cases.add(json("malformed-json", "PUT", "/api/notification-settings/me", broken, clerk));
            cases.add(json("malformed-json", "POST", "/api/webhooks", broken, admin));
            cases.add(json("malformed-json", "POST", "/api/review-cases/" + PLAN + "/" + UNIT + "/return", broken, reviewer));
        }

        // Wrong types: objects and arrays where a string goes (scalars would be coerced to text), text where a number goes.
        List<Object> notStrings = List.of(NODES.arrayNode(), NODES.objectNode(), operator("$gt", ""), operator("$where", "1"));
        List<Object> notNumbers = List.of("nhiều", "8.000", NODES.arrayNode(), NODES.objectNode(), true, operator("$gt", 0));
        for (String field : List.of("planId", "unitCode", "document.number", "document.issuedOn", "sections.0.text",
                "sections.0.number", "figures.0.indicator", "figures.0.qualifier")) {
            for (Object value : notStrings) {
                String family = "wrong-type " + field + "=" + value;
                cases.add(json(family, "POST", "/api/submissions", with(validSubmission(), field, value).toString(), clerk));
                cases.add(json(family, "PUT", "/api/drafts/" + PLAN + "/" + UNIT, with(validSubmission(), field, value).toString(), clerk));
            }
        }
        for (Object value : notNumbers) {
            String family = "wrong-type figures.0.amount=" + value;
            cases.add(json(family, "POST", "/api/submissions", with(validSubmission(), "figures.0.amount", value).toString(), clerk));
            cases.add(json(family, "PUT", "/api/drafts/" + PLAN + "/" + UNIT,
                    with(validSubmission(), "figures.0.amount", value).toString(), clerk));
        }
        for (Object value : List.of(NODES.objectNode(), NODES.arrayNode(), "", "nhiều")) {
            for (String field : List.of("sections", "figures", "document")) {
                if (field.equals("figures") && value instanceof ArrayNode) {
                    continue; // no figures at all is a valid report when the outline requires none
                }
                cases.add(json("wrong-type " + field + "=" + value, "POST", "/api/submissions",
                        with(validSubmission(), field, value).toString(), clerk));
            }
        }

        // Huge and odd numbers: parsed, then refused (the document is left out so nothing could be stored anyway).
        for (String number : List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890123456789012345678901234567890",
                "-1", "-0.5", "0.000000000000000000001", "1.7976931348623157e309", "9".repeat(2000))) {
            String body = withoutDocument(validSubmission()).toString().replace("\"amount\":100", "\"amount\":" + number);
            cases.add(json("huge-number", "POST", "/api/submissions", body, clerk));
            // A bulk acceptance answers 200 with each unit's refusal: parsed, nothing accepted.
            cases.add(new Case("huge-number", "POST", "/api/review-cases/" + PLAN + "/acceptances", "application/json",
                    ("{\"units\":[{\"unitCode\":\"" + UNIT + "\",\"version\":" + number + "}]}").getBytes(StandardCharsets.UTF_8),
                    reviewer, false));
        }

        // MongoDB operators in fields, keys and query parameters.
        for (String op : List.of("$gt", "$ne", "$where", "$regex", "$expr", "$function")) {
            ObjectNode withKey = withoutDocument(validSubmission());
            withKey.set(op, NODES.objectNode().put("planId", PLAN));
            cases.add(json("mongo-operator", "POST", "/api/submissions", withKey.toString(), clerk));
            cases.add(json("mongo-operator", "POST", "/api/submissions",
                    with(withoutDocument(validSubmission()), "figures.0.indicator", op).toString(), clerk));
            cases.add(json("mongo-operator", "PUT", "/api/notification-settings/me",
                    "{\"email\":{\"" + op + "\":\"\"},\"language\":\"vi\",\"digest\":\"IMMEDIATE\"}", clerk));
            cases.add(json("mongo-operator", "POST", "/api/review-cases/" + PLAN + "/" + UNIT + "/return",
                    "{\"version\":{\"" + op + "\":0},\"reason\":{\"" + op + "\":\"\"}}", reviewer));
        }

        // Text with NFD, control characters, bidi overrides, lone surrogates, 10 MB: parsed and refused without the document.
        for (String text : List.of(Normalizer.normalize("Tình hình an ninh trật tự ổn định", Normalizer.Form.NFD), "\u0000\u0007\u001b[31m",
                "\u202Ethe text reversed", "\uFEFF\u200B\u200D", "\\ud800", "\\udfff\\ud800", "x".repeat(10 * 1024 * 1024))) {
            String body = with(withoutDocument(validSubmission()), "sections.0.text", text).toString();
            cases.add(json("unicode-and-size", "POST", "/api/submissions", text.startsWith("\\u") ? body.replace("\\\\u", "\\u") : body, clerk));
        }
        cases.add(json("unicode-and-size", "PUT", "/api/notification-settings/me",
                "{\"displayName\":\"" + "y".repeat(10 * 1024 * 1024) + "\",\"language\":\"vi\"}", clerk));

        // Query parameters and path segments.
        for (String value : HOSTILE) {
            String v = encode(value);
            cases.add(get("query", "/api/submissions?planId=" + v + "&unitCode=" + v, clerk));
            cases.add(get("query", "/api/rollups/" + PLAN + "/nodes/51?kind=" + v, reviewer));
            cases.add(get("query", "/api/alerts?planId=" + v, reviewer));
            cases.add(get("query", "/api/inbox?unread=" + v, clerk));
            cases.add(get("query", "/api/review-cases/worklist?planId=" + v, reviewer));
            cases.add(get("path", "/api/rollups/" + v + "/nodes/" + v, reviewer));
            cases.add(get("path", "/api/review-cases/" + v + "/" + v, reviewer));
            cases.add(get("path", "/api/submissions/" + v, clerk));
            cases.add(get("path", "/api/submissions/" + v + "/scan", clerk));
            cases.add(get("path", "/api/plans/" + v, clerk));
            cases.add(get("path", "/api/units/" + v, clerk));
            cases.add(get("path", "/api/compilations/" + PLAN + "/" + v, reviewer));
            cases.add(json("path", "POST", "/api/review-cases/" + v + "/" + v + "/acceptance", "{\"version\":1}", reviewer));
            cases.add(json("webhook-url", "POST", "/api/webhooks", "{\"url\":" + JSON.writeValueAsString(value) + "}", admin));
            if (!value.isBlank()) { // a blank address is "no e-mail", a valid choice
                cases.add(json("settings", "PUT", "/api/notification-settings/me",
                        "{\"email\":" + JSON.writeValueAsString(value) + ",\"language\":\"vi\"}", clerk));
            }
        }
        for (String url : List.of("ftp://example.org/x", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/x", "http://metadata.google.internal/", "gopher://127.0.0.1:25/", "http://user:pw@example.org/")) {
            cases.add(json("webhook-url", "POST", "/api/webhooks", "{\"url\":\"" + url + "\"}", admin));
        }
        for (String raw : List.of("/api/submissions/..%2F..%2Fetc%2Fpasswd", "/api/submissions/%2e%2e/%2e%2e/actuator/env",
                "/api/rollups/..;/..;/actuator/env", "/api/submissions/%00", "/api/plans/%252e%252e%252f")) {
            cases.add(get("path-traversal", raw, clerk));
        }

        // File names that climb out of a directory, on an upload.
        for (String name : List.of("../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "a\u0000.pdf", "....//....//x.pdf",
                "%2e%2e%2fpasswd.pdf", "CON.pdf", "x".repeat(3000) + ".pdf")) {
            cases.add(scan("file-name", "/api/submissions/" + UUID.randomUUID() + "/scan", name, clerk));
        }

        // Tokens: none, garbage, unsigned, tampered, from another issuer, expired (the issuer's own, and another's).
        String[] parts = clerk.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tamperedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"21217\"", "\"51\"").getBytes(StandardCharsets.UTF_8));
        String unsignedHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        List<String> badTokens = List.of("garbage", "a.b.c", unsignedHeader + "." + parts[1] + ".", parts[0] + "." + tamperedPayload + "." + parts[2],
                parts[0] + "." + parts[1] + "." + flip(parts[2]), TestTokens.issue("intruder", "51", "ADMIN"),
                TestTokens.expired("vanthu.tinhson", UNIT, "CLERK"), expiredByTheIssuer, "Bearer " + clerk, clerk + "x");
        for (String token : badTokens) {
            cases.add(new Case("token", "POST", "/api/submissions", "application/json", valid.getBytes(StandardCharsets.UTF_8), token, true));
            cases.add(new Case("token", "GET", "/api/submissions?planId=" + PLAN + "&unitCode=" + UNIT, null, null, token, true));
            cases.add(new Case("token", "POST", "/api/webhooks", "application/json",
                    "{\"url\":\"https://example.org/hook\"}".getBytes(StandardCharsets.UTF_8), token, true));
        }
        cases.add(new Case("token", "POST", "/api/submissions", "application/json", valid.getBytes(StandardCharsets.UTF_8), null, true));

        // A random walk over all of it: the same bodies under content types that do not match.
        List<Case> mismatched = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Case c = cases.get(random.nextInt(cases.size()));
            if (c.body() != null && c.mustFail() && c.body().length < 100_000) {
                mismatched.add(new Case("content-type", c.method(), c.path(), List.of("text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1")
                        .get(random.nextInt(5)), c.body(), c.token(), true));
            }
        }
        cases.addAll(mismatched);
        return cases;
    }

    private static ObjectNode validSubmission() {
        ObjectNode submission = NODES.objectNode().put("planId", PLAN).put("unitCode", UNIT);
        submission.putObject("document").put("number", "163/BC-UBND").put("issuedOn", "2025-06-06")
                .put("signer", "Chủ tịch UBND xã Tịnh Sơn").put("signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
        ArrayNode sections = submission.putArray("sections");
        for (String number : List.of("I", "II.1", "II.2.1", "III", "IV")) {
            sections.addObject().put("number", number).put("text", "Tình hình an ninh, trật tự trên địa bàn xã cơ bản ổn định.");
        }
        submission.putArray("figures").addObject().put("indicator", "propaganda.sessions").put("qualifier", "MORE_THAN").put("amount", 100);
        return submission;
    }

    /** Without its document, no submission is valid: what is parsed is refused, never stored. */
    private static ObjectNode withoutDocument(ObjectNode submission) {
        submission.remove("document");
        return submission;
    }

    /** Sets {@code path} (dots, numbers for array elements) to {@code value}. */
    private static ObjectNode with(ObjectNode root, String path, Object value) {
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        JsonNode node = value instanceof JsonNode n ? n : JSON.valueToTree(value);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return root;
    }

    private static ObjectNode operator(String op, Object value) {
        ObjectNode node = NODES.objectNode();
        node.set(op, JSON.valueToTree(value));
        return node;
    }

    private static Case json(String family, String method, String path, String body, String token) {
        return new Case(family, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), token, true);
    }

    private static Case get(String family, String path, String token) {
        return new Case(family, "GET", path, null, null, token, false);
    }

    private static Case scan(String family, String path, String fileName, String token) {
        String boundary = "----hostile-" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "")
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return new Case(family, "POST", path, "multipart/form-data; boundary=" + boundary, body, token, true);
    }

    private static HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url("gateway") + c.path())).timeout(Duration.ofSeconds(60));
        if (c.token() != null) {
            request.header("Authorization", "Bearer " + c.token());
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long recordsFor(String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "hostile-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long found = 0;
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        found++;
                    }
                }
            }
            return found;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String flip(String signature) {
        char last = signature.charAt(signature.length() / 2);
        return signature.substring(0, signature.length() / 2) + (last == 'A' ? 'B' : 'A') + signature.substring(signature.length() / 2 + 1);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
