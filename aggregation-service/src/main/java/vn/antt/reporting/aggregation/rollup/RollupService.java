package vn.antt.reporting.aggregation.rollup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.antt.reporting.aggregation.access.AggregationAccess;
import vn.antt.reporting.aggregation.rollup.RollupCalculator.PlanState;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.LocalGovernment;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;

/** Reads a node's roll-up: computed on demand from the contributions, so it is never stale and never partial. */
@Service
public class RollupService {

    /** Above this, a node's units are read with the whole plan rather than listed one by one. */
    private static final int MAX_UNITS_BY_CODE = 2_000;
    /** Contributions per reply of the store: 500 of 10 versions each are about 6 MB. */
    private static final int CONTRIBUTIONS_PER_BATCH = 500;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{1,39}");

    private final MongoTemplate mongo;
    private final Plans plans;
    private final UnitDirectory directory;
    private final Clock clock;
    private final AggregationAccess access;

    RollupService(MongoTemplate mongo, Plans plans, UnitDirectory directory, Clock clock, AggregationAccess access) {
        this.mongo = mongo;
        this.plans = plans;
        this.directory = directory;
        this.clock = clock;
        this.access = access;
    }

    /** The roll-up a caller asked for, after checking that the caller's unit is the node or above it. */
    public NodeRollup snapshot(Caller caller, String planId, String node, String kind) {
        return snapshot(caller, planId, node, kind, null);
    }

    /**
     * The same over the members of one of the plan's groups ({@code group}, its code) when given; with a {@code kind}
     * too, over the group's units of that kind. A group the plan does not name is refused ({@link UnknownGroupException}).
     */
    public NodeRollup snapshot(Caller caller, String planId, String node, String kind, String group) {
        PlanPublished plan = authorize(caller, planId, node);
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new InvalidKindException(kind);
        }
        if (group != null && plan.group(group).isEmpty()) {
            throw new UnknownGroupException(planId, group);
        }
        LoadedPlan loaded = load(plan, node, Contribution.COLLECTION);
        return RollupCalculator.compute(loaded.state(), loaded.indicators(), loaded.comparison(), loaded.lineage(), node, kind, group,
                clock.instant(), loaded.names());
    }

    /**
     * Checks that the plan is known and the node is in its hierarchy (else 404), then that the caller may read the node
     * ({@link AggregationAccess#requireReader}: the one access policy of aggregation-service). Returns the plan.
     */
    public PlanPublished authorize(Caller caller, String planId, String node) {
        PlanPublished plan = planWithNode(planId, node);
        access.requireReader(caller, plan, node);
        return plan;
    }

    /** The plan, when known ({@link PlanNotKnownException}) and {@code node} is in its hierarchy ({@link NodeNotInPlanException}). */
    public PlanPublished planWithNode(String planId, String node) {
        PlanPublished plan = plans.find(planId).orElseThrow(() -> new PlanNotKnownException(planId));
        pathOf(plan, node).orElseThrow(() -> new NodeNotInPlanException(planId, node));
        return plan;
    }

    /** The status board of a node: every expected unit below it and where its report stands, after the same check. */
    public List<UnitStanding> standings(Caller caller, String planId, String node, String kind) {
        PlanPublished plan = authorize(caller, planId, node);
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new InvalidKindException(kind);
        }
        return RollupCalculator.standings(plan, contributions(plan, node, Contribution.COLLECTION), node, kind, clock.instant());
    }

    /** The node's roll-up from the contributions in {@code collection} (the live one, or a rebuild's). */
    public NodeRollup compute(PlanPublished plan, String node, String kind, String collection) {
        return compute(plan, node, kind, collection, clock.instant());
    }

    public NodeRollup compute(PlanPublished plan, String node, String kind, String collection, Instant now) {
        return compute(load(plan, node, collection), node, kind, now);
    }

    /**
     * Everything computing any node of a plan needs, read once (a dashboard cycle computes many nodes of one plan).
     *
     * @param lineage the predecessors of the plan's units when it compares across the reform of 1/7/2025, else null
     */
    public record LoadedPlan(PlanPublished plan, PlanState state, PlanState comparison, Lineage lineage, List<Indicator> indicators,
                             Function<String, String> names) {
    }

    public LoadedPlan load(PlanPublished plan, String collection) {
        return load(plan, null, collection);
    }

    /** What computing {@code node}'s roll-ups (whole, and per kind) needs: the live contributions of the units under it. */
    public LoadedPlan loadNode(PlanPublished plan, String node) {
        return load(plan, node, Contribution.COLLECTION);
    }

    /**
     * With a {@code node}, only the contributions of the units under it are read: a province's snapshot of a
     * nation-wide plan decodes its 160 communes, not 10.047 (the benchmark's roll-ups fell minutes behind otherwise).
     */
    private LoadedPlan load(PlanPublished plan, String node, String collection) {
        return load(plan, node, contributions(plan, node, collection), (previous, lineage) -> lineage == null
                ? contributions(previous, node, Contribution.COLLECTION)
                : contributions(previous.planId(), lineage.byUnit().values().stream().flatMap(List::stream)
                        .map(Lineage.Predecessor::code).distinct().toList(), Contribution.COLLECTION));
    }

    /**
     * With the contributions of each plan (the plan's and its comparison plan's, by unit code) from {@code known}:
     * a dashboard keeps them between pushes and re-reads only the units that changed.
     */
    public LoadedPlan load(PlanPublished plan, Function<String, Map<String, Contribution>> known) {
        return load(plan, known, namesOf(plan));
    }

    /** The same, naming the nodes with {@code names} (a rebuild's {@link #namesOfEveryNode}). */
    public LoadedPlan load(PlanPublished plan, Function<String, Map<String, Contribution>> known, Function<String, String> names) {
        return load(plan, null, known.apply(plan.planId()), (previous, lineage) -> known.apply(previous.planId()), names);
    }

    private LoadedPlan load(PlanPublished plan, String node, Map<String, Contribution> contributions,
                            BiFunction<PlanPublished, Lineage, Map<String, Contribution>> comparisonContributions) {
        return load(plan, node, contributions, comparisonContributions, namesOf(plan));
    }

    private LoadedPlan load(PlanPublished plan, String node, Map<String, Contribution> contributions,
                            BiFunction<PlanPublished, Lineage, Map<String, Contribution>> comparisonContributions,
                            Function<String, String> names) {
        PlanState state = new PlanState(plan, contributions);
        Optional<PlanPublished> previous = Optional.ofNullable(plan.comparisonPlanId()).flatMap(plans::find);
        Lineage lineage = previous.filter(before -> acrossTheReform(plan, before))
                .map(before -> lineage(plan, before, node)).orElse(null);
        PlanState comparison = previous.map(before -> new PlanState(before, comparisonContributions.apply(before, lineage)))
                .orElse(null);
        List<Indicator> indicators = plans.outlineOf(plan)
                .map(OutlinePublished::indicators).orElse(List.of());
        return new LoadedPlan(plan, state, comparison, lineage, indicators, names);
    }

    /** A plan issued on or after 1/7/2025 compared with a plan issued before it. */
    static boolean acrossTheReform(PlanPublished plan, PlanPublished comparison) {
        return LocalGovernment.twoLevelsOn(plan.letter().issuedOn()) && comparison.letter().issuedOn() != null
                && !LocalGovernment.twoLevelsOn(comparison.letter().issuedOn());
    }

    /**
     * The predecessors of the plan's expected units at or below {@code node} (all of them when null): each unit as the
     * directory has it on the plan's issue date, each predecessor by its version key as it was on the comparison plan's
     * issue date (a version not valid that day is not the unit that plan expected under its code, and is left out).
     */
    Lineage lineage(PlanPublished plan, PlanPublished comparison, String node) {
        List<String> codes = (node == null ? plan.expectedUnits() : RollupCalculator.unitsUnder(plan, node, null)).stream()
                .map(ExpectedUnit::code).distinct().toList();
        Map<String, DirectoryUnit> units = new java.util.HashMap<>();
        for (int from = 0; from < codes.size(); from += MAX_UNITS_BY_CODE) {
            mongo.find(Query.query(Criteria.where("code").in(codes.subList(from, Math.min(codes.size(), from + MAX_UNITS_BY_CODE)))),
                    DirectoryUnit.class).stream().filter(u -> u.validOn(plan.letter().issuedOn())).forEach(u -> units.put(u.code(), u));
        }
        Set<String> keys = new LinkedHashSet<>();
        units.values().forEach(u -> u.predecessors().forEach(p -> {
            keys.add(p.versionKey());
            keys.add(p.countedIn());
        }));
        Map<String, DirectoryUnit> byKey = directory.byKeys(keys);
        Map<String, List<Lineage.Predecessor>> byUnit = new java.util.HashMap<>();
        units.forEach((code, unit) -> {
            List<Lineage.Predecessor> predecessors = new ArrayList<>();
            if (unit.validOn(comparison.letter().issuedOn())
                    && unit.predecessors().stream().noneMatch(p -> p.versionKey().equals(unit.key()))) {
                // Not changed by the reform (an agency, an enterprise): the same unit on both dates is its own predecessor.
                predecessors.add(new Lineage.Predecessor(unit.code(), unit.name(), true, unit.code(), unit.name()));
            }
            for (UnitChanged.Predecessor p : unit.predecessors()) {
                DirectoryUnit before = byKey.get(p.versionKey());
                if (before == null || !before.validOn(comparison.letter().issuedOn())) {
                    continue;
                }
                DirectoryUnit countedIn = byKey.get(p.countedIn());
                boolean counted = unit.key().equals(p.countedIn());
                predecessors.add(new Lineage.Predecessor(before.code(), before.name(), counted,
                        countedIn == null ? null : countedIn.code(), countedIn == null ? p.countedIn() : countedIn.name()));
            }
            if (!predecessors.isEmpty()) {
                byUnit.put(code, predecessors);
            }
        });
        return new Lineage(byUnit);
    }

    public NodeRollup compute(LoadedPlan loaded, String node, String kind) {
        return compute(loaded, node, kind, clock.instant());
    }

    public static NodeRollup compute(LoadedPlan loaded, String node, String kind, Instant now) {
        return RollupCalculator.compute(loaded.state(), loaded.indicators(), loaded.comparison(), loaded.lineage(), node, kind, null,
                now, loaded.names());
    }

    public List<PlanPublished> plansWithStatus(PlanStatus status) {
        return plans.withStatus(status);
    }

    public Optional<PlanPublished> plan(String planId) {
        return plans.find(planId);
    }

    /** Every node of the plan's hierarchy: each expected unit and each of its ancestors, top down. */
    public static List<String> nodesOf(PlanPublished plan) {
        Set<String> nodes = new LinkedHashSet<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            nodes.addAll(unit.ancestry());
            nodes.add(unit.code());
        }
        return new ArrayList<>(nodes);
    }

    /** The node and its ancestors as the plan records them (top down), or empty when the node is not in the plan. */
    public static Optional<List<String>> pathOf(PlanPublished plan, String node) {
        for (ExpectedUnit unit : plan.expectedUnits()) {
            List<String> path = new ArrayList<>(unit.ancestry());
            path.add(unit.code());
            int at = path.indexOf(node);
            if (at >= 0) {
                return Optional.of(path.subList(0, at + 1));
            }
        }
        return Optional.empty();
    }

    /** What each unit of the plan contributed so far, by unit code. */
    public Map<String, Contribution> contributions(String planId) {
        return contributions(planId, Contribution.COLLECTION);
    }

    /** The current contributions of some units of the plan, by unit code (units without one are absent). */
    public Map<String, Contribution> contributions(String planId, Collection<String> unitCodes) {
        return contributions(planId, unitCodes, Contribution.COLLECTION);
    }

    /** By their ids, which name plan and unit: a lookup per unit, not a pass over the plan's contributions. */
    private Map<String, Contribution> contributions(String planId, Collection<String> unitCodes, String collection) {
        List<String> ids = unitCodes.stream().map(unit -> Contribution.idOf(planId, unit)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).cursorBatchSize(CONTRIBUTIONS_PER_BATCH), Contribution.class,
                        collection).stream()
                .collect(Collectors.toMap(Contribution::unitCode, Function.identity(), (a, b) -> a));
    }

    /**
     * Each of the plan's live contributions in turn, read as a stream in replies of {@value #CONTRIBUTIONS_PER_BATCH}: a
     * rebuild compares them as they come and keeps only those that differ, not the plan's 10.047 twice.
     */
    public void eachContribution(String planId, Consumer<Contribution> each) {
        Query plan = Query.query(Criteria.where("planId").is(planId)).cursorBatchSize(CONTRIBUTIONS_PER_BATCH);
        try (Stream<Contribution> contributions = mongo.stream(plan, Contribution.class, Contribution.COLLECTION)) {
            contributions.forEach(each);
        }
    }

    Map<String, Contribution> contributions(String planId, String collection) {
        // In batches: the embedded store otherwise answers in one reply, and a nation-wide plan of 10 versions per commune
        // is 117 MB, over the wire protocol's 48 MB (a real MongoDB caps a batch at 16 MB itself).
        Query plan = Query.query(Criteria.where("planId").is(planId)).cursorBatchSize(CONTRIBUTIONS_PER_BATCH);
        return mongo.find(plan, Contribution.class, collection).stream()
                .collect(Collectors.toMap(Contribution::unitCode, Function.identity(), (a, b) -> a));
    }

    private Map<String, Contribution> contributions(PlanPublished plan, String node, String collection) {
        if (node == null) {
            return contributions(plan.planId(), collection);
        }
        List<String> under = RollupCalculator.unitsUnder(plan, node, null).stream().map(ExpectedUnit::code).toList();
        if (under.size() > MAX_UNITS_BY_CODE) {
            return contributions(plan.planId(), collection);
        }
        return contributions(plan.planId(), under, collection);
    }

    /**
     * The same for every node of the plan, read at once: the ancestors the plan does not list are looked up in the
     * directory together (two queries), not one by one as {@link #namesOf} does when a snapshot names a node.
     */
    public Function<String, String> namesOfEveryNode(PlanPublished plan) {
        Map<String, String> expected = plan.expectedUnits().stream()
                .collect(Collectors.toMap(ExpectedUnit::code, ExpectedUnit::name, (a, b) -> a));
        Set<String> unlisted = new LinkedHashSet<>(nodesOf(plan));
        unlisted.removeAll(expected.keySet());
        Map<String, DirectoryUnit> found = directory.find(unlisted, plan.letter().issuedOn());
        return code -> Optional.ofNullable(expected.get(code))
                .or(() -> unlisted.contains(code) ? Optional.ofNullable(found.get(code)).map(DirectoryUnit::name)
                        : directory.find(code, plan.letter().issuedOn()).map(DirectoryUnit::name))
                .orElse(code);
    }

    /** Names of the plan's units and their ancestors: as the plan lists them, else from the directory, else the code. */
    public Function<String, String> namesOf(PlanPublished plan) {
        Map<String, String> expected = plan.expectedUnits().stream()
                .collect(Collectors.toMap(ExpectedUnit::code, ExpectedUnit::name, (a, b) -> a));
        return code -> Optional.ofNullable(expected.get(code))
                .or(() -> directory.find(code, plan.letter().issuedOn()).map(DirectoryUnit::name))
                .orElse(code);
    }
}
