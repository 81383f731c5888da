package vn.antt.reporting.planning.unit;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import vn.antt.reporting.platform.problem.ProblemException;
import vn.antt.reporting.platform.security.Caller;

/**
 * Imports of units run in the background, one at a time, each readable as an {@link ImportJob} while it advances.
 * <p>
 * The jobs are kept in memory, for {@code reporting.units.import-jobs.retention} at most: a job is only a view of
 * an import's progress and its report. The import itself is what {@link UnitImporter} always does (validated whole
 * before its first write, revision-guarded, idempotent), so a job lost with a restart loses nothing stored: importing
 * the same file again completes it and reports what was left to do.
 */
@Service
public class UnitImportJobs {

    private static final Logger log = LoggerFactory.getLogger(UnitImportJobs.class);

    private final UnitImporter importer;
    private final UnitImportAccess access;
    private final ImportJobProperties properties;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    /** The job that runs, if any: a second start is refused rather than queued behind it. */
    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "unit-import-job");
                thread.setDaemon(true);
                return thread;
            });

    public UnitImportJobs(UnitImporter importer, UnitImportAccess access, ImportJobProperties properties, Clock clock) {
        this.importer = importer;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts importing {@code content} for {@code caller}, with the synchronous import's checks: ADMIN now, the
     * province of every unit once the file is validated, before any write.
     *
     * @throws ImportConflictException when another import job is running
     */
    public ImportJob start(Caller caller, String fileName, byte[] content, LocalDate validFrom, boolean national) {
        access.requireAdmin(caller);
        forgetOld();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), caller.userId(), caller.unitCode(), fileName,
                clock.instant(), properties.tableRows());
        ImportJob other = running.compareAndExchange(null, job);
        if (other != null) {
            throw new ImportConflictException("Another import of units is running (job " + other.id()
                    + "); start this one when it has finished");
        }
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(caller, job, content, new UnitImporter.ImportOptions(validFrom, national)));
        } catch (RuntimeException rejected) {
            running.set(null);
            jobs.remove(job.id());
            throw new ImportConflictException("Another import of units is running; start this one when it has finished");
        }
        return job;
    }

    /** The job, for the caller who started it or an ADMIN of the same unit. */
    public ImportJob get(Caller caller, String id) {
        forgetOld();
        ImportJob job = jobs.get(id);
        if (job == null) {
            throw new ImportJobNotFoundException(id);
        }
        access.requireReader(caller, job);
        return job;
    }

    private void run(Caller caller, ImportJob job, byte[] content, UnitImporter.ImportOptions options) {
        ImportReport report = null;
        Map<String, Object> problem = null;
        try {
            report = importer.importFile(content, options, plan -> {
                access.check(caller, plan);
                job.planned(plan);
            }, job);
        } catch (ProblemException refused) {
            problem = body(refused.toProblemDetail());
        } catch (RuntimeException failure) {
            log.error("Unit import job {} failed", job.id(), failure);
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "The import stopped unexpectedly; what was stored stays valid, and importing the file again completes it");
            detail.setType(URI.create(ProblemException.TYPE_BASE + "unit-import-failed"));
            detail.setTitle("Nhập danh mục đơn vị không hoàn thành");
            detail.setProperty("rule", "unit-import-failed");
            problem = body(detail);
        } finally {
            // Free first: whoever sees the job finished may start the next one at once.
            running.set(null);
        }
        if (report != null) {
            job.done(report, clock.instant());
        } else {
            job.failed(problem, clock.instant());
        }
    }

    /** The problem as the synchronous import answers it, flat (type, title, status, detail, rule, errors...). */
    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** Forgets finished jobs past their retention, then the oldest finished ones beyond the number kept. */
    private void forgetOld() {
        java.time.Instant horizon = clock.instant().minus(properties.retention());
        jobs.values().removeIf(job -> job.finished() && job.finishedAt().isBefore(horizon));
        int excess = jobs.size() - Math.max(1, properties.maxKept());
        if (excess > 0) {
            jobs.values().stream().filter(ImportJob::finished).sorted(Comparator.comparing(ImportJob::finishedAt))
                    .limit(excess).map(ImportJob::id).toList().forEach(jobs::remove);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
