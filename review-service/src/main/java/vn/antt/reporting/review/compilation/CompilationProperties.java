package vn.antt.reporting.review.compilation;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param submissionServiceUrl where submission-service's API is (the level's draft is saved there); the call runs in
 *                             the Resilience4j circuit breaker and time limiter named {@value SubmissionDrafts#SERVICE}
 */
@ConfigurationProperties("reporting.review.compilation")
public record CompilationProperties(@DefaultValue("http://localhost:8081") URI submissionServiceUrl) {
}
