package vn.antt.reporting.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Errors raised at the edge (no route, body too large, anything unexpected) as problem details, ahead
 * of Boot's JSON error page (order -1), so every answer of the platform has the same shape.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        String path = exchange.getRequest().getPath().value();
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            return writer.write(exchange, switch (code) {
                case NOT_FOUND -> Problems.of(code, "not-found", "Không tìm thấy", "No API at " + path, path);
                case CONTENT_TOO_LARGE -> Problems.of(code, "request-too-large", "Dữ liệu gửi lên quá lớn",
                        status.getReason() == null ? "The request body is too large" : status.getReason(), path);
                case METHOD_NOT_ALLOWED -> Problems.of(code, "method-not-allowed", "Phương thức không được hỗ trợ",
                        "Method " + exchange.getRequest().getMethod() + " is not allowed here", path);
                default -> Problems.of(code, "http-" + code.value(), code.getReasonPhrase(),
                        status.getReason() == null ? code.getReasonPhrase() : status.getReason(), path);
            });
        }
        log.error("Unexpected error at the gateway for {}", path, error);
        return writer.write(exchange, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Lỗi hệ thống",
                "The gateway failed to handle the request", path));
    }
}
