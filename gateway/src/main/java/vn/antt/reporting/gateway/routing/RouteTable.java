package vn.antt.reporting.gateway.routing;

import java.net.URI;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per line of the path table. Ordinary routes run inside a Resilience4j circuit breaker
 * (named after the service) whose fallback answers problem details; streams pass straight through.
 * The Authorization header goes downstream unchanged: each service checks the token again. Each service's OpenAPI
 * document is proxied as {@code /v3/api-docs/{service}} (see {@link ApiDocsPaths}). A route's order decides between
 * overlapping paths (the web application's {@code /**} comes last, after every {@code /api/**} route).
 */
@Configuration(proxyBeanMethods = false)
class RouteTable {

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        int index = 0;
        for (GatewayProperties.Route route : properties.routes()) {
            URI target = properties.services().get(route.service());
            if (target == null) {
                throw new IllegalStateException("reporting.gateway.routes[" + index + "].service: no URL for '"
                        + route.service() + "' in reporting.gateway.services");
            }
            String id = route.service() + "-" + index++;
            String[] paths = route.paths().toArray(String[]::new);
            if (route.streaming() && route.preserveHost()) {
                String[] except = route.exceptPaths().toArray(String[]::new);
                routes.route(id, r -> (except.length == 0 ? r.order(route.order()).path(paths)
                                : r.order(route.order()).path(paths).and().not(p -> p.path(except)))
                        .filters(f -> f.preserveHostHeader()).uri(target));
            } else if (route.streaming()) {
                routes.route(id, r -> r.order(route.order()).path(paths).uri(target));
            } else {
                routes.route(id, r -> r.order(route.order()).path(paths)
                        .filters(f -> f.circuitBreaker(breaker -> breaker.setName(route.service())
                                .setFallbackUri("forward:/fallback/" + route.service())))
                        .uri(target));
            }
        }
        for (String service : properties.apiDocs()) {
            URI target = properties.services().get(service);
            if (target == null) {
                throw new IllegalStateException("reporting.gateway.api-docs: no URL for '" + service + "' in reporting.gateway.services");
            }
            routes.route("api-docs-" + service, r -> r.path(ApiDocsPaths.documentOf(service))
                    .filters(f -> f.setPath(ApiDocsPaths.SERVICE_DOCUMENT)
                            .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service)))
                    .uri(target));
        }
        return routes.build();
    }
}
