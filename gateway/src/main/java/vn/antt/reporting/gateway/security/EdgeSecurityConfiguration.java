package vn.antt.reporting.gateway.security;

import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

import vn.antt.reporting.gateway.problem.ProblemWriter;
import vn.antt.reporting.gateway.problem.Problems;

/**
 * The edge check: a valid token (signature, issuer, expiry) for every {@code /api/**} call; the Swagger UI and the
 * services' OpenAPI documents are read without one. Stateless; the token is forwarded, and each service checks the
 * caller's unit and role itself. Other paths are the web application's: it signs people in itself (its session holds
 * their tokens), so they pass without a token.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, ProblemWriter problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // WebFlux security answers POST /logout itself by default (redirect to /login?logout): the sign-out of
                // the web application behind this gateway must reach it.
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .matchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        // The API documents and the page that shows them; trying an operation still needs a token.
                        .pathMatchers(HttpMethod.GET, "/swagger-ui", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .pathMatchers("/api/**", "/api", "/actuator/**", "/fallback/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((exchange, error) -> {
                            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            return problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Chưa xác thực", "A valid bearer token is required: " + error.getMessage(),
                                    exchange.getRequest().getPath().value()));
                        })
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
                                "access-refused", "Không có quyền truy cập", denied.getMessage(),
                                exchange.getRequest().getPath().value()))))
                .build();
    }
}
