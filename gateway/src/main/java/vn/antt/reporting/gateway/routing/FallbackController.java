package vn.antt.reporting.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import vn.antt.reporting.gateway.problem.Problems;

/**
 * Where a route's circuit breaker sends a request it could not complete: the service refused the
 * connection, failed, is open-circuited, or answered too late. The caller gets problem details that
 * name the service, never a stack trace.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        boolean slow = cause instanceof TimeoutException;
        if (cause != null && !(cause instanceof CallNotPermittedException)) {
            // What made the breaker count a failure: the operator's first question when callers see 503.
            log.warn("{} failed for {} {}: {}", service, exchange.getRequest().getMethod(), exchange.getRequest().getPath(), cause.toString());
        }
        HttpStatus status = slow ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = Problems.of(status, slow ? "service-timeout" : "service-unavailable",
                slow ? "Dịch vụ " + service + " phản hồi quá chậm" : "Dịch vụ " + service + " tạm thời không phản hồi",
                slow ? "The service did not answer in time; the request may or may not have been applied"
                        : "The service could not be reached; nothing was sent to it or it failed",
                exchange.getRequest().getPath().value());
        problem.setProperty("service", service);
        return ResponseEntity.status(status).contentType(Problems.MEDIA_TYPE).header("Retry-After", "5").body(problem);
    }
}
