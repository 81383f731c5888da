package vn.antt.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;

/**
 * The service's OpenAPI document (read without a token, as the gateway's Swagger UI reads it): the caller comes
 * from the token, so no operation has a {@code caller} parameter; every error answer is problem details
 * ({@code application/problem+json}, the Problem schema), never the success schema or {@code *}{@code /*}.
 */
@ServiceIntegrationTest
class ApiDocumentIntegrationTest {

    @LocalServerPort
    int port;

    private JsonNode document() {
        ApiClient.Response response = new ApiClient("http://127.0.0.1:" + port).get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode document) {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()))));
        return operations;
    }

    @Test
    void noOperationAsksForTheCallerWhichComesFromTheToken() {
        List<Map.Entry<String, JsonNode>> operations = operations(document());

        assertThat(operations).extracting(Map.Entry::getKey).contains("GET /api/review-cases/{planId}/{unitCode}",
                "POST /api/review-cases/{planId}/{unitCode}/reopening");
        assertThat(operations).allSatisfy(op -> assertThat(op.getValue().path("parameters").valueStream()
                .map(p -> p.path("name").asString()).toList()).as(op.getKey()).doesNotContain("caller"));
        JsonNode get = operations.stream().filter(op -> op.getKey().equals("GET /api/review-cases/{planId}/{unitCode}"))
                .findFirst().orElseThrow().getValue();
        assertThat(get.path("parameters").valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactlyInAnyOrder("planId", "unitCode");
    }

    @Test
    void everyErrorAnswerIsProblemDetailsWithTheProblemSchema() {
        JsonNode document = document();

        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "rule", "errors");
        assertThat(problem.path("properties").path("errors").path("items").path("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
        List<Map.Entry<String, JsonNode>> operations = operations(document);
        assertThat(operations).isNotEmpty().allSatisfy(op -> {
            JsonNode responses = op.getValue().path("responses");
            assertThat(responses.propertyNames()).as(op.getKey()).contains("400", "401", "403");
            responses.properties().stream().filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5")).forEach(r -> {
                assertThat(r.getValue().path("content").propertyNames()).as(op.getKey() + " " + r.getKey())
                        .containsExactly("application/problem+json");
                assertThat(r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asString())
                        .as(op.getKey() + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
            });
        });
        JsonNode returnOp = document.path("paths").path("/api/review-cases/{planId}/{unitCode}/return").path("post");
        assertThat(returnOp.path("responses").propertyNames()).contains("404", "409");
    }
}
