package vn.antt.reporting.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The gateway in front of a real HTTP service: what passes (path, query, body, token, trace), what is
 * refused at the edge (no or expired token, too large, unknown path), and what the fallback answers
 * when a service is down or too slow. Streams pass through without a time limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    private static final Downstream DOWNSTREAM = new Downstream();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("reporting.gateway.services.submission-service", DOWNSTREAM::url);
        registry.add("reporting.gateway.services.aggregation-service", DOWNSTREAM::url);
        registry.add("reporting.gateway.services.web", DOWNSTREAM::url);
        registry.add("reporting.gateway.services.review-service", () -> "http://127.0.0.1:" + closedPort());
        // Long enough for a first call on a busy machine (2 cores shared with the build), short beside the slow answer.
        registry.add("reporting.gateway.response-timeout", () -> "2s");
    }

    @AfterAll
    static void stopDownstream() {
        DOWNSTREAM.close();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // free once closed: nothing listens there
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    private ApiClient clerk() {
        return ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", "21217", "CLERK"));
    }

    @Test
    void aCallWithAValidTokenReachesTheServiceIntactAndCarriesTheTrace() {
        ApiClient.Response response = clerk().post("/api/submissions?planId=kh-119", "{\"unitCode\":\"21217\",\"text\":\"Xã Tịnh Sơn\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("method").asString()).isEqualTo("POST");
        assertThat(response.json().get("path").asString()).isEqualTo("/api/submissions");
        assertThat(response.json().get("query").asString()).isEqualTo("planId=kh-119");
        assertThat(response.json().get("body").asString()).isEqualTo("{\"unitCode\":\"21217\",\"text\":\"Xã Tịnh Sơn\"}");
        assertThat(response.json().get("authorization").asString()).startsWith("Bearer ey");
        assertThat(response.json().get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void theWebApplicationsSignOutReachesItInsteadOfTheEdgesOwnLogout() {
        // WebFlux security would answer POST /logout itself with a redirect to /login?logout, a page nobody serves.
        ApiClient.Response response = new ApiClient("http://127.0.0.1:" + port).post("/logout", "_csrf=t");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("method").asString()).isEqualTo("POST");
        assertThat(response.json().get("path").asString()).isEqualTo("/logout");
    }

    @Test
    void withoutATokenTheEdgeAnswers401AndTheServiceSeesNothing() {
        int before = DOWNSTREAM.received();
        ApiClient.Response response = new ApiClient("http://127.0.0.1:" + port).post("/api/submissions", "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("unauthenticated");
        assertThat(response.json().get("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(DOWNSTREAM.received()).isEqualTo(before);
    }

    @Test
    void anExpiredTokenIsRefused() {
        ApiClient.Response response = ApiClient.on(port).as(TestTokens.expired("vanthu.tinhson", "21217", "CLERK"))
                .get("/api/submissions?planId=kh-119&unitCode=21217");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aServiceThatIsDownIsAnswered503NamingIt() {
        ApiClient.Response response = clerk().get("/api/review-cases");

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("service-unavailable");
        assertThat(response.json().get("service").asString()).isEqualTo("review-service");
        assertThat(response.json().get("title").asString()).isEqualTo("Dịch vụ review-service tạm thời không phản hồi");
    }

    @Test
    void aServiceSlowerThanTheLimitIsAnswered504() {
        ApiClient.Response response = clerk().get("/api/rollups/slow");

        assertThat(response.status()).as(response.body()).isEqualTo(504);
        assertThat(response.json().get("rule").asString()).isEqualTo("service-timeout");
        assertThat(response.json().get("service").asString()).isEqualTo("aggregation-service");
    }

    @Test
    void aBodyAboveTwelveMegabytesIsRefusedBeforeTheService() {
        int before = DOWNSTREAM.received();
        byte[] large = new byte[12 * 1024 * 1024 + 1];
        ApiClient.Response response = clerk().postBytes("/api/submissions", "application/json", large);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("rule").asString()).isEqualTo("request-too-large");
        assertThat(DOWNSTREAM.received()).isEqualTo(before);
    }

    @Test
    void anUnknownApiIsA404Problem() {
        ApiClient.Response response = clerk().get("/api/nothing-here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("not-found");
    }

    @Test
    void theSwaggerUiIsServedWithoutATokenAndListsEveryServicesDocument() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port);

        ApiClient.Response page = anonymous.get("/swagger-ui/");
        ApiClient.Response initializer = anonymous.get("/swagger-ui/swagger-initializer.js");
        ApiClient.Response bundle = anonymous.get("/swagger-ui/swagger-ui-bundle.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\">", "./swagger-initializer.js");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("{url: \"/v3/api-docs/planning-service\", name: \"planning-service\"}",
                "/v3/api-docs/submission-service", "/v3/api-docs/review-service", "/v3/api-docs/aggregation-service",
                "/v3/api-docs/notification-service");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }

    @Test
    void eachServicesDocumentIsProxiedWithoutATokenWhileItsApiStaysProtected() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port);

        ApiClient.Response document = anonymous.get("/v3/api-docs/submission-service");
        ApiClient.Response down = anonymous.get("/v3/api-docs/review-service");

        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.json().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.json().path("info").path("x-path").asString()).isEqualTo("/v3/api-docs");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("application/problem+json");
        assertThat(down.json().path("service").asString()).isEqualTo("review-service");
        assertThat(anonymous.get("/api/submissions?planId=kh-119").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs/unknown-service").status()).isEqualTo(404);
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void aRollupsExcelFileArrivesAlthoughItTakesLongerThanTheTimeLimit() {
        ApiClient.Response response = ApiClient.on(port).as(TestTokens.issue("canbo.congantinh", "51", "REVIEWER"))
                .get("/api/rollups/kh-119/nodes/51/export");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("PK-bang-tong-hop");
    }

    @Test
    void aDashboardStreamPassesThroughLongerThanTheTimeLimit() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dashboards/kh-119/nodes/51"))
                        .header("Authorization", "Bearer " + TestTokens.issue("canbo.congantinh", "51", "REVIEWER"))
                        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> data = response.body().filter(line -> line.startsWith("data:")).collect(Collectors.toList());
        assertThat(data).containsExactly("data: {\"submitted\":1}", "data: {\"submitted\":2}");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    }
}
