package vn.antt.reporting.planning.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.bulk.BulkWriteResult;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Imports a file of units into the directory: reads it, validates all of it against the directory,
 * then writes only what really changes, in bulk. Each written unit carries its pending publication in
 * the same document, which {@link UnitDirectoryRelay} later sends to the {@code unit-directory} topic.
 * A file with any error is refused whole: validation ends before the first write.
 */
@Service
public class UnitImporter {

    private static final Logger log = LoggerFactory.getLogger(UnitImporter.class);

    private final MongoTemplate mongo;
    private final UnitDirectoryProperties properties;
    private final Clock clock;
    private final UnitFileParser parser = new UnitFileParser();
    private final UnitImportValidator validator = new UnitImportValidator();
    private final ImportPlanner planner = new ImportPlanner(() -> UUID.randomUUID().toString());
    /** One import at a time in this instance; the revision check of each write guards against others. */
    private final ReentrantLock lock = new ReentrantLock();

    private final PredecessorLinkFixes predecessors;

    public UnitImporter(MongoTemplate mongo, UnitDirectoryProperties properties, Clock clock, PredecessorLinkFixes predecessors) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.predecessors = predecessors;
    }

    /**
     * @param content   the file's bytes (official list or unit list, see {@link UnitFile.Format})
     * @param options   date and scope of the import
     * @param authorize called with the plan after validation and before any write; throws to refuse
     * @param progress  told how the import advances
     * @throws InvalidUnitImportException when the file has any error (nothing is stored)
     */
    public ImportReport importFile(byte[] content, ImportOptions options, Consumer<ImportPlan> authorize,
                                   ImportProgress progress) {
        long started = System.nanoTime();
        UnitFile file = parser.parse(content);
        progress.read(file.records().size());
        acquireLock();
        try {
            LocalDate importDate = options.validFrom() != null ? options.validFrom()
                    : file.declaredDate() != null ? file.declaredDate() : PlatformTime.today(clock);
            List<Unit> stored = mongo.findAll(Unit.class);
            Map<String, Unit> existing = inForce(stored, importDate);
            List<ImportError> errors = validator.validate(file, existing);
            if (!errors.isEmpty()) {
                throw new InvalidUnitImportException(errors);
            }
            ImportPlan plan = planner.plan(file, existing, importDate, options.national(), clock.instant());
            authorize.accept(plan);
            write(plan, progress);
            PredecessorLinks.Resolution links = file.format() == UnitFile.Format.TWO_LEVEL_LIST
                    ? PredecessorLinks.resolve(file, afterWrites(stored, plan), importDate)
                    : new PredecessorLinks.Resolution(List.of(), List.of());
            int linked = storeNew(links.links());
            if (file.format() == UnitFile.Format.TWO_LEVEL_LIST) {
                // The new units carry their predecessors and how each is attributed (published with them).
                predecessors.republish(List.of());
                predecessors.keepUnresolved(importDate, links.unresolved());
            }
            ImportReport report = new ImportReport(file.records().size(), plan.created().size(),
                    plan.changed().size() - plan.closed(), plan.closed(), plan.unchanged(), importDate, plan.provinces(),
                    (System.nanoTime() - started) / 1_000_000, linked, links.unresolved());
            log.info("Unit import: {} records, {} created, {} changed, {} closed, {} unchanged, {} links ({} names unresolved) in {} ms",
                    report.records(), report.created(), report.changed(), report.closed(), report.unchanged(),
                    report.links(), report.unresolved().size(), report.durationMillis());
            progress.finished(report);
            return report;
        } finally {
            lock.unlock();
        }
    }

    private void acquireLock() {
        try {
            if (!lock.tryLock(properties.lockTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportConflictException("Another import of units is running; try again when it has finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportConflictException("The import was interrupted while waiting for another one");
        }
    }

    /** Stores the links not stored yet (the same file links the same pairs: a second import stores none). */
    private int storeNew(List<UnitLink> links) {
        if (links.isEmpty()) {
            return 0;
        }
        java.util.Set<String> stored = new java.util.HashSet<>();
        Query ids = new Query();
        ids.fields().include("_id");
        mongo.find(ids, org.bson.Document.class, UnitLink.COLLECTION).forEach(link -> stored.add(link.getString("_id")));
        Map<String, UnitLink> fresh = new java.util.LinkedHashMap<>();
        links.stream().filter(link -> !stored.contains(link.id())).forEach(link -> fresh.putIfAbsent(link.id(), link));
        List<UnitLink> toInsert = List.copyOf(fresh.values());
        int chunk = Math.max(1, properties.writeChunkSize());
        for (int from = 0; from < toInsert.size(); from += chunk) {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitLink.class)
                    .insert(toInsert.subList(from, Math.min(toInsert.size(), from + chunk))).execute();
        }
        return toInsert.size();
    }

    /** The directory as the plan's writes leave it, without reading it again. */
    private static List<Unit> afterWrites(List<Unit> stored, ImportPlan plan) {
        Map<String, Unit> byKey = new java.util.LinkedHashMap<>();
        stored.forEach(unit -> byKey.put(unit.key(), unit));
        plan.created().forEach(unit -> byKey.put(unit.key(), unit));
        plan.changed().forEach(change -> byKey.put(change.unit().key(), change.unit()));
        plan.ancestryOnly().forEach(unit -> byKey.put(unit.key(), unit));
        return List.copyOf(byKey.values());
    }

    /** For each code, its version in force on the import's date: the one the file's record speaks of. */
    private static Map<String, Unit> inForce(List<Unit> stored, LocalDate importDate) {
        Map<String, List<Unit>> versions = new HashMap<>();
        for (Unit unit : stored) {
            versions.computeIfAbsent(unit.code(), code -> new java.util.ArrayList<>(1)).add(unit);
        }
        Map<String, Unit> units = new HashMap<>(versions.size() * 2);
        versions.forEach((code, list) -> units.put(code, ImportPlanner.inForceOn(list, importDate)));
        return units;
    }

    private void write(ImportPlan plan, ImportProgress progress) {
        progress.writing(plan.writes());
        int chunk = Math.max(1, properties.writeChunkSize());
        int done = 0;
        List<Unit> created = plan.created();
        for (int from = 0; from < created.size(); from += chunk) {
            List<Unit> part = created.subList(from, Math.min(created.size(), from + chunk));
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class).insert(part).execute();
            done += part.size();
            progress.written(done);
        }
        List<ImportPlan.Change> changed = plan.changed();
        for (int from = 0; from < changed.size(); from += chunk) {
            List<ImportPlan.Change> part = changed.subList(from, Math.min(changed.size(), from + chunk));
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class);
            for (ImportPlan.Change change : part) {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(change.unit().key())
                        .and("revision").is(change.previousRevision())), change.unit());
            }
            BulkWriteResult result = bulk.execute();
            if (result.getMatchedCount() != part.size()) {
                throw new ImportConflictException((part.size() - result.getMatchedCount())
                        + " units were changed by someone else during the import; run it again to complete it");
            }
            done += part.size();
            progress.written(done);
        }
        List<Unit> moved = plan.ancestryOnly();
        for (int from = 0; from < moved.size(); from += chunk) {
            List<Unit> part = moved.subList(from, Math.min(moved.size(), from + chunk));
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class);
            for (Unit unit : part) {
                bulk.updateOne(Query.query(Criteria.where("_id").is(unit.key())), new Update().set("ancestry", unit.ancestry()));
            }
            bulk.execute();
            done += part.size();
            progress.written(done);
        }
    }

    /**
     * @param validFrom date new units and closures take effect; null for the file's own date, else today
     * @param national  take an official list as the complete national list (close every province it lacks)
     */
    public record ImportOptions(LocalDate validFrom, boolean national) {

        public static ImportOptions defaults() {
            return new ImportOptions(null, false);
        }
    }
}
