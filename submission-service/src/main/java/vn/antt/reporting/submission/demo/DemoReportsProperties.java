package vn.antt.reporting.submission.demo;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's reports ({@code reporting.demo-reports.*}), submitted with the {@code demo-2026} profile.
 *
 * @param files    resources, each a JSON array of reports in the shape clerks submit them ({@code SubmitReportRequest})
 * @param interval pause between two attempts while the reports' plans and outline have not reached this service yet
 */
@ConfigurationProperties("reporting.demo-reports")
public record DemoReportsProperties(
        @DefaultValue("classpath:demo/reports-reform.json") List<String> files,
        @DefaultValue("2s") Duration interval) {
}
