package vn.antt.reporting.planning.unit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Asynchronous imports of units ({@code reporting.units.import-jobs.*}).
 *
 * @param retention how long a finished job can still be read (its progress and report)
 * @param maxKept   at most this many jobs are kept; the oldest finished ones are forgotten first
 * @param tableRows rows of each table of the report (created, changed, closed units) a job keeps
 */
@ConfigurationProperties("reporting.units.import-jobs")
public record ImportJobProperties(
        @DefaultValue("30m") Duration retention,
        @DefaultValue("50") int maxKept,
        @DefaultValue("500") int tableRows) {
}
