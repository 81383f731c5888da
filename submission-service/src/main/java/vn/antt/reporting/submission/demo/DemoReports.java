package vn.antt.reporting.submission.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.submission.submission.OutlineNotAvailableException;
import vn.antt.reporting.submission.submission.PlanNotIssuedException;
import vn.antt.reporting.submission.submission.SubmissionService;
import vn.antt.reporting.submission.submission.SubmitReportRequest;
import vn.antt.reporting.submission.submission.SubmitResult;
import vn.antt.reporting.submission.submission.UnitNotExpectedException;
import vn.antt.reporting.submission.submission.UnknownPlanException;

/**
 * With the {@code demo-2026} profile: the demo's reports (Quảng Ngãi across the reform of 1/7/2025: a few pre-reform
 * communes' reports for plan 119, a few new communes' for the 2026 plan) submitted through {@link SubmissionService}, as
 * each commune's clerk would: validated against the plan's outline, stored as version 1 with its ReportSubmitted event in
 * the same write, published by the outbox relay, hence reviewed and rolled up like any other report. The plans reach
 * this service over Kafka after it starts, so each report waits until its plan, unit and outline are known. Each has an
 * idempotency key of its own: a restart submits nothing again.
 */
@Component
@Profile("demo-2026")
class DemoReports implements ApplicationListener<ApplicationReadyEvent> {

    static final String LOADER = "demo-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final SubmissionService submissions;
    private final DemoReportsProperties properties;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final TaskScheduler scheduler;
    private final List<SubmitReportRequest> pending = new ArrayList<>();
    private ScheduledFuture<?> task;
    private int stored;

    DemoReports(SubmissionService submissions, DemoReportsProperties properties, ResourceLoader resources, JsonMapper json,
                TaskScheduler scheduler) {
        this.submissions = submissions;
        this.properties = properties;
        this.resources = resources;
        this.json = json;
        this.scheduler = scheduler;
    }

    /** The key of a demo report: one per plan and unit, so that a restart replays instead of storing a version 2. */
    static String idempotencyKey(SubmitReportRequest report) {
        return "demo-" + report.planId() + "-" + report.unitCode();
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (task != null) {
            return;
        }
        for (String location : properties.files()) {
            pending.addAll(read(location));
        }
        task = scheduler.scheduleWithFixedDelay(this::submitPending, properties.interval());
    }

    synchronized void submitPending() {
        for (Iterator<SubmitReportRequest> it = pending.iterator(); it.hasNext(); ) {
            SubmitReportRequest report = it.next();
            try {
                SubmitResult result = submissions.submit(clerkOf(report), report, idempotencyKey(report));
                if (!result.replayed()) {
                    stored++;
                }
                it.remove();
            } catch (UnknownPlanException | PlanNotIssuedException | OutlineNotAvailableException | UnitNotExpectedException notYet) {
                // The plan (or the revision that expects the unit, or its outline) has not reached this service yet.
                log.debug("Demo report of {} for {} waits: {}", report.unitCode(), report.planId(), notYet.getMessage());
            } catch (RuntimeException refused) {
                log.warn("Demo report of {} for {} not submitted: {}", report.unitCode(), report.planId(), refused.toString());
                it.remove();
            }
        }
        if (pending.isEmpty() && task != null) {
            task.cancel(false);
            log.info("Demo reports: {} stored, the others already there", stored);
        }
    }

    /**
     * The clerk of the unit the plan expects, as their token would say: of its directory version, since a reused code
     * names another unit after 1/7/2025 (21061 is Xã Bình Trị in plan 119, Xã Vạn Tường in the 2026 plan).
     */
    private Caller clerkOf(SubmitReportRequest report) {
        String version = Plans.expected(submissions.openPlan(report.planId()), report.unitCode()).map(ExpectedUnit::key)
                .orElse(null);
        return new Caller(LOADER, report.unitCode(), Set.of(Role.CLERK), version);
    }

    private List<SubmitReportRequest> read(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return List.of(json.readValue(in, SubmitReportRequest[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
