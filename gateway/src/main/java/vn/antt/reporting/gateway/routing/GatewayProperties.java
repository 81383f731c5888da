package vn.antt.reporting.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Where each service lives and which paths go to it.
 *
 * @param services        base URL per service name, e.g. {@code submission-service → http://localhost:8081}
 * @param routes          the path table
 * @param maxRequestSize  larger bodies are refused with 413 before they reach a service
 * @param responseTimeout a service slower than this answers 504 through the fallback (streams excepted)
 * @param apiDocs         the services whose OpenAPI document the gateway serves as {@code /v3/api-docs/{service}} (from
 *                        the service's {@code /v3/api-docs}) and lists in its Swagger UI at {@code /swagger-ui/}
 */
@Validated
@ConfigurationProperties("reporting.gateway")
public record GatewayProperties(@NotEmpty Map<String, URI> services, @NotEmpty @Valid List<Route> routes,
                                @NotNull DataSize maxRequestSize, @NotNull Duration responseTimeout,
                                List<@NotNull String> apiDocs) {

    public GatewayProperties {
        apiDocs = apiDocs == null ? List.of() : List.copyOf(apiDocs);
    }

    /**
     * @param service   a key of {@code services}
     * @param paths     path patterns, e.g. {@code /api/submissions/**}
     * @param streaming long-lived responses (Server-Sent Events) and the web application's pages and downloads: no
     *                  time limit, no circuit breaker (a browser gets the web application's own error pages)
     * @param order        lower first where paths overlap; 0 by default
     * @param preserveHost the browser's Host header goes on unchanged (the web application builds its sign-in redirect
     *                     URIs and links on the gateway's origin from it)
     * @param exceptPaths  paths the route does not take although {@code paths} match them (the web application's
     *                     {@code /**} leaves {@code /api/**} to the services: an unknown API stays a 404 problem)
     */
    public record Route(@NotNull String service, @NotEmpty List<String> paths, boolean streaming, int order,
                        boolean preserveHost, List<String> exceptPaths) {

        public Route {
            exceptPaths = exceptPaths == null ? List.of() : List.copyOf(exceptPaths);
        }
    }
}
