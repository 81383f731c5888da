package vn.antt.reporting.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.web.WebProperties;

/**
 * Every data call of the web application: through the gateway's {@code /api/**}, with the signed-in user's access
 * token (refreshed when expired), so each service's own access checks decide. An error answer becomes a
 * {@link ServiceProblem}; an unreachable gateway a 503 problem naming it.
 */
@Component
public class PlatformApi {

    private final RestClient client;
    private final JsonMapper json;

    PlatformApi(RestClient.Builder builder, WebProperties properties, OAuth2AuthorizedClientManager manager,
                OAuth2AuthorizedClientRepository authorizedClients, JsonMapper json) {
        this.json = json;
        OAuth2ClientHttpRequestInterceptor userToken = new OAuth2ClientHttpRequestInterceptor(manager);
        userToken.setClientRegistrationIdResolver(request -> "identity");
        // A 401 or 403 with invalid_token forgets the session's tokens: the next page signs in again.
        userToken.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        this.client = builder.clone()
                .baseUrl(properties.apiBaseUrl().toString())
                .requestInterceptor(userToken)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ServiceProblem.read(response.getStatusCode().value(), request.getURI().getPath(), body(response));
                })
                .build();
    }

    private JsonNode body(ClientHttpResponse response) throws IOException {
        byte[] bytes = StreamUtils.copyToByteArray(response.getBody());
        try {
            return bytes.length == 0 ? null : json.readTree(bytes);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    public <T> T get(String path, Class<T> type, Object... variables) {
        return call(() -> client.get().uri(path, variables).retrieve().body(type), path);
    }

    /** A read that answers 404 when there is nothing yet (a unit's draft). */
    public <T> Optional<T> find(String path, Class<T> type, Object... variables) {
        try {
            return Optional.ofNullable(get(path, type, variables));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    public <T> List<T> list(String path, Class<T[]> type, Object... variables) {
        T[] items = get(path, type, variables);
        return items == null ? List.of() : List.of(items);
    }

    public JsonNode put(String path, Object body, Object... variables) {
        return call(() -> client.put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class), path);
    }

    public JsonNode post(String path, Object body, Map<String, String> headers, Object... variables) {
        return call(() -> {
            RestClient.RequestBodySpec spec = client.post().uri(path, variables).contentType(MediaType.APPLICATION_JSON);
            headers.forEach(spec::header);
            return (body == null ? spec : spec.body(body)).retrieve().body(JsonNode.class);
        }, path);
    }

    /** A file the user picked, sent on as the named multipart part (a scan, a bulk sheet). */
    public JsonNode postFile(String path, String part, MultipartFile file, Object... variables) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null ? part : file.getOriginalFilename();
        // A plain multipart map (not MultipartBodyBuilder, which needs Reactive Streams, absent from this servlet app).
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.getContentType()));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, partHeaders));
        return call(() -> client.post().uri(path, variables).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().body(JsonNode.class), path);
    }

    /**
     * Streams a document the service answers (a scan, a Word document, an Excel template) to the browser as it
     * comes, with its type and file name; an error answer becomes a page like any other.
     */
    public void download(String path, HttpServletResponse browser, Object... variables) {
        call(() -> client.get().uri(path, variables).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                throw ServiceProblem.read(response.getStatusCode().value(), request.getURI().getPath(), body(response));
            }
            HttpHeaders headers = response.getHeaders();
            browser.setStatus(200);
            if (headers.getContentType() != null) {
                browser.setContentType(headers.getContentType().toString());
            }
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            if (disposition != null) {
                browser.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
            }
            if (headers.getContentLength() >= 0) {
                browser.setContentLengthLong(headers.getContentLength());
            }
            try (InputStream in = response.getBody()) {
                in.transferTo(browser.getOutputStream());
            }
            return null;
        }), path);
    }

    private static <T> T call(java.util.function.Supplier<T> call, String path) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceProblem(503, "service-unavailable", "", unreachable.getMessage(), "gateway", null, List.of());
        }
    }
}
