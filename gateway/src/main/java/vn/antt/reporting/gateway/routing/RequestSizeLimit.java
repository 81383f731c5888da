package vn.antt.reporting.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses bodies above the limit before anything reads them or forwards them. Bodies without a declared
 * length are capped by the services' own limits (multipart and JSON sizes).
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

    private final long limit;

    RequestSizeLimit(GatewayProperties properties) {
        this.limit = properties.maxRequestSize().toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limit) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The body has " + length + " bytes; at most " + limit + " are accepted"));
        }
        return chain.filter(exchange);
    }
}
