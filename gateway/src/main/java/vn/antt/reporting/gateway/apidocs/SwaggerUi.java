package vn.antt.reporting.gateway.apidocs;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import vn.antt.reporting.gateway.routing.ApiDocsPaths;
import vn.antt.reporting.gateway.routing.GatewayProperties;

/**
 * The platform's one Swagger UI, at {@code /swagger-ui/}: the webjar's page and assets, with an initializer that lists
 * the document of every service in {@code reporting.gateway.api-docs} (each proxied as {@code /v3/api-docs/{service}}).
 * The webjar's version is read from the jar itself, so the pom is the one place that names it.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUi {

    static final String PATH = "/swagger-ui/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";

    @Bean
    RouterFunction<ServerResponse> swaggerUiRoutes(GatewayProperties properties) {
        String base = WEBJAR + webjarVersion() + "/";
        Resource page = new ClassPathResource(base + "index.html");
        String initializer = initializer(properties);
        return RouterFunctions.route(GET("/swagger-ui"), request -> ServerResponse.permanentRedirect(URI.create(PATH)).build())
                .andRoute(GET(PATH).or(GET(PATH + "index.html")),
                        request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .andRoute(GET(PATH + "swagger-initializer.js"), request -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).bodyValue(initializer))
                .and(RouterFunctions.resources(PATH + "**", new ClassPathResource(base)));
    }

    /** Swagger UI's configuration: one entry per service's document, the first one shown. */
    static String initializer(GatewayProperties properties) {
        String urls = properties.apiDocs().stream()
                .map(service -> "{url: \"" + ApiDocsPaths.documentOf(service) + "\", name: \"" + service + "\"}")
                .collect(Collectors.joining(",\n      "));
        return """
                window.onload = function() {
                  window.ui = SwaggerUIBundle({
                    urls: [
                      %s
                    ],
                    dom_id: '#swagger-ui',
                    deepLinking: true,
                    persistAuthorization: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "StandaloneLayout"
                  });
                };
                """.formatted(urls);
    }

    private static String webjarVersion() {
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties").getInputStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("The swagger-ui webjar is not on the class path", e);
        }
    }
}
