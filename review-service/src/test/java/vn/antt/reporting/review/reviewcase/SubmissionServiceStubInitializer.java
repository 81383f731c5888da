package vn.antt.reporting.review.reviewcase;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every review-service context of the test JVM at the one {@link SubmissionServiceStub} (registered in
 * {@code META-INF/spring.factories}, so the contexts' configuration, and Spring's context cache, stay as they are:
 * one context, whose consumer groups no other context steals from).
 */
public class SubmissionServiceStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("reporting.review.compilation.submission-service-url=" + SubmissionServiceStub.shared().url())
                .applyTo(context);
    }
}
