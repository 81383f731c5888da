package vn.antt.reporting.planning.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.antt.reporting.platform.directory.CodeVersions;
import vn.antt.reporting.platform.time.PlatformTime;

/** Reads of the directory: a unit, its children, its subtree, lists filtered by parent and kind as of a date. */
@Service
public class UnitQueries {

    private final MongoTemplate mongo;
    private final UnitDirectoryProperties properties;
    private final Clock clock;

    public UnitQueries(MongoTemplate mongo, UnitDirectoryProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The unit a code names today, else the last one it named (a unit closed by the reform of 1/7/2025 is still
     * found by its code, as it last was).
     */
    public Optional<Unit> find(String code) {
        List<Unit> versions = versions(code);
        LocalDate today = today();
        return versions.stream().filter(u -> u.validOn(today)).findFirst()
                .or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
    }

    /** The unit a code names on {@code day}: its version valid that day. */
    public Optional<Unit> find(String code, LocalDate day) {
        return versions(code).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /** The units the codes name on {@code day}, by code (a code that names none then is absent): two queries in all. */
    public java.util.Map<String, Unit> find(java.util.Collection<String> codes, LocalDate day) {
        java.util.Map<String, Unit> found = new java.util.HashMap<>();
        CodeVersions.of(mongo, codes, Unit.class, Unit::key, Unit::code).forEach((code, versions) ->
                versions.stream().filter(u -> u.validOn(day)).findFirst().ifPresent(u -> found.put(code, u)));
        return found;
    }

    /** Every version of a code, the earliest first. */
    public List<Unit> versions(String code) {
        if (code == null) {
            return List.of();
        }
        List<Unit> versions = CodeVersions.of(mongo, code, Unit.class, Unit::key);
        versions.sort(java.util.Comparator.comparing(Unit::validFrom, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return versions;
    }

    /** The pre-reform units the version was formed from, and the units of the two-level tree formed from it. */
    public UnitLinks links(Unit unit) {
        List<UnitLink> from = mongo.find(Query.query(Criteria.where("successorKey").is(unit.key())), UnitLink.class);
        List<UnitLink> into = mongo.find(Query.query(Criteria.where("predecessorKey").is(unit.key())), UnitLink.class);
        return new UnitLinks(unit.key(), from, into);
    }

    /** @param predecessors links to the units it was formed from; {@code successors} links to those formed from it */
    public record UnitLinks(String versionKey, List<UnitLink> predecessors, List<UnitLink> successors) {
    }

    public Unit get(String code) {
        return find(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    /** The version valid on {@code day}, or {@link #get} when no day is given. */
    public Unit get(String code, LocalDate day) {
        return day == null ? get(code) : find(code, day).orElseThrow(() -> new UnitNotFoundException(code + " on " + day));
    }

    /** Units directly below {@code code} that exist on {@code asOf} (today when null). */
    public List<Unit> children(String code, LocalDate asOf) {
        get(code);
        return mongo.find(Query.query(validOn(Criteria.where("parentCode").is(code), asOf)).with(byCode()), Unit.class);
    }

    /** Every unit below {@code code}, at any depth, that exists on {@code asOf} (today when null). */
    public List<Unit> subtree(String code, LocalDate asOf) {
        get(code);
        return mongo.find(Query.query(validOn(Criteria.where("ancestry").is(code), asOf)).with(byCode()), Unit.class);
    }

    /**
     * Units that exist on {@code asOf} (today when null), optionally only the children of {@code parent},
     * the descendants of {@code ancestor} and those of a {@code kind}.
     */
    public UnitPage list(UnitFilter filter, int page, int size) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.parent() != null) {
            conditions.add(Criteria.where("parentCode").is(filter.parent()));
        }
        if (filter.ancestor() != null) {
            conditions.add(Criteria.where("ancestry").is(filter.ancestor()));
        }
        if (filter.kind() != null) {
            conditions.add(Criteria.where("kind").is(filter.kind()));
        }
        Criteria criteria = validOn(conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions), filter.asOf());
        Query query = Query.query(criteria);
        long total = mongo.count(query, Unit.class);
        List<UnitView> items = mongo.find(query.with(byCode()).skip((long) page * size).limit(size), Unit.class)
                .stream().map(UnitView::of).toList();
        return new UnitPage(items, page, size, total);
    }

    public LocalDate today() {
        return PlatformTime.today(clock);
    }

    private Criteria validOn(Criteria criteria, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        return new Criteria().andOperator(criteria,
                Criteria.where("validFrom").lte(day),
                new Criteria().orOperator(Criteria.where("validTo").is(null), Criteria.where("validTo").gt(day)));
    }

    private static Sort byCode() {
        return Sort.by("_id");
    }

    /** Optional filters of {@link #list}. */
    public record UnitFilter(String parent, String ancestor, UnitKind kind, LocalDate asOf) {
    }
}
