package vn.antt.reporting.review.reviewcase;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultReviewTime  the time each level has when the plan does not say
 * @param overdueCheckInterval how often cases past their review time are looked for
 * @param bulkLimit          the most cases one bulk acceptance may name
 */
@ConfigurationProperties("reporting.review")
public record ReviewProperties(@DefaultValue("P3D") Duration defaultReviewTime,
                               @DefaultValue("PT1M") Duration overdueCheckInterval,
                               @DefaultValue("200") int bulkLimit) {
}
