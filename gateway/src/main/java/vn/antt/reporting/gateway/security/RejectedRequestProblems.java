package vn.antt.reporting.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.antt.reporting.gateway.problem.ProblemWriter;
import vn.antt.reporting.gateway.problem.Problems;

/**
 * What the security firewall refuses (encoded slashes, NUL, "..;", non-printable characters in the path…) is
 * answered with problem details like every other refusal, instead of an empty 400.
 */
@Component
class RejectedRequestProblems implements ServerExchangeRejectedHandler {

    private final ProblemWriter problems;

    RejectedRequestProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "request-rejected", "Yêu cầu không hợp lệ",
                "The request was refused: " + rejected.getMessage(), exchange.getRequest().getPath().value());
        problem.setProperty("field", "path");
        return problems.write(exchange, problem);
    }
}
