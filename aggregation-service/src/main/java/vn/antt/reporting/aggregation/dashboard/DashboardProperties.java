package vn.antt.reporting.aggregation.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How dashboards are kept up to date.
 *
 * @param pushInterval      how often changed roll-ups are recomputed and pushed (a change reaches a dashboard within about this)
 * @param resyncInterval    how often every subscribed roll-up is recomputed even without a change seen here: catches the
 *                          cutoff (overdue depends on the time) and changes consumed by another instance
 * @param heartbeatInterval a comment line on every stream, so proxies keep it open and clients notice a dead one
 * @param streamTimeout     after this the server ends a stream; the client reconnects with Last-Event-ID
 */
@ConfigurationProperties("reporting.dashboard")
public record DashboardProperties(
        @DefaultValue("250ms") Duration pushInterval,
        @DefaultValue("5s") Duration resyncInterval,
        @DefaultValue("15s") Duration heartbeatInterval,
        @DefaultValue("30m") Duration streamTimeout) {
}
