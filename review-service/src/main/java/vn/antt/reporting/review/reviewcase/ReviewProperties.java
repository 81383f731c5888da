package vn.antt.reporting.review.reviewcase;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.antt.reporting.contracts.planning.PlanPublished;

/**
 * @param defaultReviewTime  the time each level has when the plan does not say
 * @param overdueCheckInterval how often cases past their review time are looked for
 */
@ConfigurationProperties("reporting.review")
public record ReviewProperties(@DefaultValue("P3D") Duration defaultReviewTime,
                               @DefaultValue("PT1M") Duration overdueCheckInterval) {

    /** The time each level of this plan has to review a version. */
    public Duration reviewTimeOf(PlanPublished plan) {
        return plan.reviewTime() != null ? plan.reviewTime() : defaultReviewTime;
    }
}
