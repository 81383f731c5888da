package vn.antt.reporting.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** RFC 9457 answers of the gateway, in the platform's shape: {@code type urn:antt:problem:<rule>}, {@code rule}. */
public final class Problems {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String rule, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:antt:problem:" + rule));
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        problem.setProperty("rule", rule);
        return problem;
    }
}
