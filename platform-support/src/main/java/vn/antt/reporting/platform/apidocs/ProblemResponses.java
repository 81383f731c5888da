package vn.antt.reporting.platform.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import vn.antt.reporting.platform.problem.ProblemException;

/**
 * Documents every error answer of every operation as {@code application/problem+json} with one {@code Problem}
 * schema (what {@link ProblemException} and the problem-details advice write: type, title, status, detail, rule,
 * errors[{field, message}]), never the success schema or {@code *}{@code /*}. Each operation lists the answers
 * every one of them may give (400 invalid request, 401 no valid token, 403 refused), 404 when it names a resource
 * in its path, 409 when it changes something, besides any error answer the operation declares itself.
 * The document also declares the bearer token and a relative server, so that "Try it out" calls the host that
 * served the document (the gateway, or the service itself).
 */
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";
    static final String SECURITY_SCHEME = "bearer-token";

    private static final Map<String, String> COMMON = Map.of(
            "400", "Dữ liệu không hợp lệ (rule invalid-request, errors[].field names each field)",
            "401", "Chưa xác thực: no valid bearer token",
            "403", "Không có quyền: the caller's unit or role may not do this (rule access-refused or the rule broken)",
            "404", "Không tìm thấy, or not visible to the caller's unit",
            "409", "A rule of the current state refuses it (the problem's rule names it)");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(SCHEMA, problemSchema());
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("The access token of identity-service (or any OIDC issuer the services trust)"));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(SECURITY_SCHEME)));
        openApi.setServers(List.of(new Server().url("/").description("The host that served this document")));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("400", COMMON.get("400"));
        expected.put("401", COMMON.get("401"));
        expected.put("403", COMMON.get("403"));
        if (path.contains("{")) {
            expected.put("404", COMMON.get("404"));
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            expected.put("409", COMMON.get("409"));
        }
        expected.forEach((code, description) -> responses.computeIfAbsent(code, c -> new ApiResponse().description(description)));
        responses.forEach((code, response) -> {
            if (isError(code)) {
                response.setContent(new Content().addMediaType(MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            }
        });
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    @SuppressWarnings("rawtypes")
    static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("the field at fault as the client sends it, e.g. notes[1].sectionNumber"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details: one rule per refusal, named in `rule` and in `type`");
        problem.addProperty("type", new StringSchema().format("uri").example(ProblemException.TYPE_BASE + "invalid-request"));
        problem.addProperty("title", new StringSchema().description("for people, in Vietnamese").example("Dữ liệu không hợp lệ"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().description("what was wrong, in English"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("rule", new StringSchema().example("invalid-request"));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("the rejected fields, when there are any"));
        problem.required(List.of("type", "title", "status", "rule"));
        return problem;
    }
}
