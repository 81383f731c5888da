package vn.antt.reporting.aggregation.deadline;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When deadline alerts are raised.
 *
 * @param reminders        offsets before each deadline at which a reminder is raised (e.g. 3 days and 1 day)
 * @param escalationDelay  how long after the cutoff units still missing are escalated to the next level up
 * @param checkInterval    how often the schedule is checked against the clock (an alert is raised at most this late)
 */
@ConfigurationProperties("reporting.deadline")
public record DeadlineProperties(
        @DefaultValue({"P3D", "P1D"}) List<Duration> reminders,
        @DefaultValue("P1D") Duration escalationDelay,
        @DefaultValue("30s") Duration checkInterval) {
}
