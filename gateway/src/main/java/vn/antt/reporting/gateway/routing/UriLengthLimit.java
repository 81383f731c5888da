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
 * Refuses a path and query longer than 8 KB (no endpoint needs more) with problem details, before anything is
 * forwarded. Netty accepts request lines up to 64 KB ({@code server.netty.max-initial-line-length}) so that this
 * filter, not the HTTP decoder's bare 414, answers.
 */
@Component
class UriLengthLimit implements WebFilter, Ordered {

    static final int MAX_LENGTH = 8 * 1024;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        int length = exchange.getRequest().getURI().getRawPath().length()
                + (exchange.getRequest().getURI().getRawQuery() == null ? 0 : exchange.getRequest().getURI().getRawQuery().length());
        if (length > MAX_LENGTH) {
            return Mono.error(new ResponseStatusException(HttpStatus.URI_TOO_LONG,
                    "The path and query have " + length + " characters; at most " + MAX_LENGTH + " are accepted"));
        }
        return chain.filter(exchange);
    }
}
