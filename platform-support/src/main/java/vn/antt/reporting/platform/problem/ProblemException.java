package vn.antt.reporting.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Base of the one-exception-per-broken-rule family: each subclass names its rule ({@code type}),
 * carries a Vietnamese title for people and an English detail that says what was wrong, and
 * becomes an RFC 9457 problem-details answer.
 */
public abstract class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "urn:antt:problem:";

    private final HttpStatus status;
    private final String rule;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected ProblemException(HttpStatus status, String rule, String title, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
    }

    /** Adds a property to the problem body, e.g. the field or record at fault. */
    protected ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
