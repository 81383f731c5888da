package vn.antt.reporting.gateway.routing;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Every service's breaker: the configured response timeout (Resilience4j's own default is 1 s). Spring Cloud
 * CircuitBreaker also puts a bulkhead around each service (settings {@code resilience4j.bulkhead.configs.default} in
 * application.yml); a call the full bulkhead sheds is answered 503 but is not a failure of the service, so it does not
 * open the breaker (the benchmark showed a burst opening it, then refusing every submission).
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(GatewayProperties properties) {
        return factory -> factory.configureDefault(service -> new Resilience4JConfigBuilder(service)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.responseTimeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom().ignoreExceptions(BulkheadFullException.class).build())
                .build());
    }
}
