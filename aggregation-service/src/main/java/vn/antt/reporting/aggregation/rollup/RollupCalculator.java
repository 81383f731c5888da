package vn.antt.reporting.aggregation.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antt.reporting.aggregation.rollup.NodeRollup.Basis;
import vn.antt.reporting.aggregation.rollup.NodeRollup.CategoryShare;
import vn.antt.reporting.aggregation.rollup.NodeRollup.ChildNode;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Comparison;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Counts;
import vn.antt.reporting.aggregation.rollup.NodeRollup.GroupRef;
import vn.antt.reporting.aggregation.rollup.NodeRollup.IndicatorTotal;
import vn.antt.reporting.aggregation.rollup.NodeRollup.PredecessorFigure;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Total;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewRoute;
import vn.antt.reporting.contracts.submission.FigureSums;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * Computes a node's roll-up from the plan (its fixed list of expected units is the denominator and the tree)
 * and the units' contributions. A pure function of its inputs: the live view, a rebuild and a test computing
 * the figures by hand must agree.
 */
public final class RollupCalculator {

    private RollupCalculator() {
    }

    /**
     * A plan with what its units contributed; the outline's indicators give the order and the meaning of the figures.
     *
     * @param unitsByNode the expected units at or below each node, in the plan's order (see {@link #indexed()}), or null:
     *                    then each roll-up looks for them among all the plan's units
     */
    public record PlanState(PlanPublished plan, Map<String, Contribution> contributions, Map<String, List<ExpectedUnit>> unitsByNode) {

        public PlanState(PlanPublished plan, Map<String, Contribution> contributions) {
            this(plan, contributions, null);
        }

        /**
         * The same with the units below every node listed once, for computing the roll-ups of many nodes (a rebuild
         * computes all 10.806 of a nation-wide plan: looking through its 10.047 units for each would be 10^8 steps).
         */
        public PlanState indexed() {
            return unitsByNode != null ? this : new PlanState(plan, contributions, RollupCalculator.unitsByNode(plan));
        }

        /** Other contributions to the same plan, with the same index. */
        public PlanState with(Map<String, Contribution> others) {
            return new PlanState(plan, others, unitsByNode);
        }

        Optional<Contribution> of(String unitCode) {
            return Optional.ofNullable(contributions.get(unitCode));
        }
    }

    /** The expected units at or below each node of the plan, in the plan's order: what {@link #unitsUnder} finds for it. */
    static Map<String, List<ExpectedUnit>> unitsByNode(PlanPublished plan) {
        Map<String, List<ExpectedUnit>> byNode = new HashMap<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            Set<String> path = new LinkedHashSet<>(unit.ancestry());
            path.add(unit.code());
            path.forEach(node -> byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(unit));
        }
        return byNode;
    }

    public static NodeRollup compute(PlanState state, List<Indicator> indicators, PlanState comparison, String node, String kind,
                              Instant now, Function<String, String> names) {
        return compute(state, indicators, comparison, node, kind, null, now, names);
    }

    /**
     * The node's roll-up over its units of {@code kind} (when given) that are members of the plan's group {@code group}
     * (when given: "Đơn vị do huyện quản lý"); the comparison plan's roll-up is over the same unit codes.
     */
    public static NodeRollup compute(PlanState state, List<Indicator> indicators, PlanState comparison, String node, String kind,
                              String group, Instant now, Function<String, String> names) {
        return compute(state, indicators, comparison, null, node, kind, group, now, names);
    }

    /**
     * The same; with a {@code lineage} (a plan after the reform of 1/7/2025 compared with one before it) each unit's
     * previous figure is the sum of its predecessors' figures in the comparison plan ({@link #crossReform}) instead of
     * the figure of the same unit codes.
     */
    public static NodeRollup compute(PlanState state, List<Indicator> indicators, PlanState comparison, Lineage lineage,
                              String node, String kind, String group, Instant now, Function<String, String> names) {
        PlanPublished plan = state.plan();
        Set<String> members = membersOf(plan, group);
        List<ExpectedUnit> units = unitsUnder(state, node, kind, members);
        Map<String, Counts> byKind = new LinkedHashMap<>();
        if (kind == null) {
            units.stream().collect(Collectors.groupingBy(ExpectedUnit::kind, LinkedHashMap::new, Collectors.toList()))
                    .forEach((unitKind, ofKind) -> byKind.put(unitKind, counts(state, ofKind, now)));
        }
        Map<String, Indicator> known = new LinkedHashMap<>();
        indicators.forEach(i -> known.put(i.code(), i));
        List<ExpectedUnit> summed = reportingOwnFigures(plan, units);
        Map<String, FigureValue> provisional = sums(summed, u -> state.of(u.code()).flatMap(Contribution::current));
        Map<String, FigureValue> approved = sums(summed, u -> state.of(u.code()).flatMap(Contribution::approved));
        Map<String, Long> provisionalUnits = contributors(summed, u -> state.of(u.code()).flatMap(Contribution::current));
        Map<String, Long> approvedUnits = contributors(summed, u -> state.of(u.code()).flatMap(Contribution::approved));
        Map<String, FigureValue> previous = Map.of();
        Map<String, FigureValue> compared = provisional;
        CrossReform cross = null;
        if (comparison != null && lineage != null) {
            cross = crossReform(state, comparison, lineage, summed);
            previous = cross.previous();
            compared = cross.current();
        } else if (comparison != null) {
            List<ExpectedUnit> previousSummed = reportingOwnFigures(comparison.plan(),
                    unitsUnder(comparison, node, kind, members));
            previous = sums(previousSummed, u -> comparison.of(u.code()).flatMap(Contribution::current));
        }
        // Indicators of the outline first, in its order; a value for an unknown one is still shown (never dropped).
        Set<String> codes = new LinkedHashSet<>(known.keySet());
        codes.addAll(provisional.keySet());
        List<IndicatorTotal> figures = new ArrayList<>();
        for (String code : codes) {
            Indicator indicator = known.getOrDefault(code,
                    new Indicator(code, null, code, IndicatorType.COUNT, null, null, List.of(), false));
            if (indicator.type() == IndicatorType.PERCENTAGE) {
                continue; // percentages do not add up; a RATIO carries its own
            }
            FigureValue now0 = provisional.get(code);
            figures.add(new IndicatorTotal(code, indicator.label(), indicator.type(), indicator.unitOfMeasure(),
                    indicator.secondUnitOfMeasure(),
                    total(indicator, now0, provisionalUnits.getOrDefault(code, 0L)),
                    total(indicator, approved.get(code), approvedUnits.getOrDefault(code, 0L)),
                    comparison == null ? null : cross == null ? compare(indicator, comparison.plan(), now0, previous.get(code), "")
                            : compareAcross(indicator, comparison.plan(), compared.get(code), previous.get(code), cross)));
        }
        List<GroupRef> groups = plan.groups().stream().map(g -> new GroupRef(g.code(), g.name())).toList();
        return new NodeRollup(plan.planId(), plan.letter().number(), node, names.apply(node), kind, group, plan.letter().deadline(), now,
                counts(state, units, now), byKind, groups, figures, children(state, units, node, now, names, known));
    }

    /** The units the plan expects at or below {@code node} (of {@code kind} when given), in the plan's order. */
    public static List<ExpectedUnit> unitsUnder(PlanPublished plan, String node, String kind) {
        return unitsUnder(plan, node, kind, null);
    }

    /** The same, only the units whose code is in {@code members} when it is given (a group's members). */
    static List<ExpectedUnit> unitsUnder(PlanPublished plan, String node, String kind, Set<String> members) {
        return plan.expectedUnits().stream()
                .filter(u -> u.code().equals(node) || u.ancestry().contains(node))
                .filter(u -> kind == null || kind.equals(u.kind()))
                .filter(u -> members == null || members.contains(u.code()))
                .toList();
    }

    /** The same from the state's index when it has one. */
    static List<ExpectedUnit> unitsUnder(PlanState state, String node, String kind, Set<String> members) {
        if (state.unitsByNode() == null) {
            return unitsUnder(state.plan(), node, kind, members);
        }
        return state.unitsByNode().getOrDefault(node, List.of()).stream()
                .filter(u -> kind == null || kind.equals(u.kind()))
                .filter(u -> members == null || members.contains(u.code()))
                .toList();
    }

    /** The member codes of the plan's group {@code group}, or null for no group; an unknown group is refused. */
    static Set<String> membersOf(PlanPublished plan, String group) {
        if (group == null) {
            return null;
        }
        return Set.copyOf(plan.group(group).orElseThrow(() -> new UnknownGroupException(plan.planId(), group)).unitCodes());
    }

    /**
     * The units whose figures are summed: those whose reports are not compilations ({@link ReviewRoute}, the
     * definition review-service compiles by). A level of the plan's review chains that reports too (a district)
     * compiles its sub-units' figures; adding its report would count them twice. A commune is summed whatever
     * hangs below it.
     */
    static List<ExpectedUnit> reportingOwnFigures(PlanPublished plan, List<ExpectedUnit> units) {
        return ReviewRoute.reportingOwnFigures(plan, units);
    }

    static Counts counts(PlanState state, List<ExpectedUnit> units, Instant now) {
        long submitted = 0;
        long late = 0;
        long overdue = 0;
        long accepted = 0;
        long returned = 0;
        long finalized = 0;
        Map<Integer, Long> atLevel = new TreeMap<>();
        for (ExpectedUnit unit : units) {
            Optional<Contribution> contribution = state.of(unit.code());
            Optional<VersionFacts> current = contribution.flatMap(Contribution::current);
            if (current.isEmpty()) {
                if (!now.isBefore(state.plan().effectiveDeadline(unit.code(), unit.ancestry()))) {
                    overdue++;
                }
                continue;
            }
            VersionFacts version = current.get();
            submitted++;
            if (contribution.get().late()) {
                late++;
            }
            if (version.accepted()) {
                accepted++;
            }
            version.acceptedLevels().forEach(level -> atLevel.merge(level, 1L, Long::sum));
            if (version.finalized()) {
                finalized++;
            } else if (version.returned()) {
                returned++;
            }
        }
        long expected = units.size();
        Map<Integer, Rate> levels = new TreeMap<>();
        atLevel.forEach((level, count) -> levels.put(level, Rate.achieved(count, expected)));
        return new Counts(expected, Rate.achieved(submitted, expected), Rate.achieved(submitted - late, expected), Rate.of(late, expected),
                Rate.of(expected - submitted, expected), Rate.of(overdue, expected), Rate.achieved(accepted, expected), levels,
                Rate.of(returned, expected), Rate.achieved(finalized, expected));
    }

    private static Map<String, FigureValue> sums(List<ExpectedUnit> units, Function<ExpectedUnit, Optional<VersionFacts>> version) {
        List<FigureValue> values = new ArrayList<>();
        units.forEach(u -> version.apply(u).ifPresent(v -> values.addAll(v.figures())));
        Map<String, FigureValue> byCode = new LinkedHashMap<>();
        FigureSums.sum(values, Set.of()).forEach(f -> byCode.put(f.indicator(), f));
        return byCode;
    }

    private static Map<String, Long> contributors(List<ExpectedUnit> units, Function<ExpectedUnit, Optional<VersionFacts>> version) {
        Map<String, Long> counts = new LinkedHashMap<>();
        units.forEach(u -> version.apply(u).ifPresent(v ->
                v.figures().stream().map(FigureValue::indicator).distinct().forEach(code -> counts.merge(code, 1L, Long::sum))));
        return counts;
    }

    private static Total total(Indicator indicator, FigureValue sum, long units) {
        if (sum == null) {
            return new Total(0, Qualifier.EXACT, BigDecimal.ZERO, null, null, List.of(), "chưa có số liệu");
        }
        BigDecimal percent = indicator.type() == IndicatorType.RATIO ? VietnameseFormat.percent(sum.amount(), sum.secondAmount()) : null;
        List<CategoryShare> classification = List.of();
        if (indicator.type() == IndicatorType.CLASSIFICATION) {
            Set<String> categories = new LinkedHashSet<>(indicator.categories());
            categories.addAll(sum.breakdown().keySet());
            BigDecimal all = classified(sum);
            classification = categories.stream()
                    .map(c -> new CategoryShare(c, Rate.achieved(sum.breakdown().getOrDefault(c, BigDecimal.ZERO), all)))
                    .toList();
        }
        return new Total(units, sum.qualifier(), sum.amount(), sum.secondAmount(), percent, classification,
                text(indicator, sum, classification));
    }

    private static String text(Indicator indicator, FigureValue sum, List<CategoryShare> classification) {
        if (indicator.type() == IndicatorType.CLASSIFICATION) {
            return classification.stream().map(s -> s.category() + ": " + s.share().text()).collect(Collectors.joining("; "))
                    + " (trên " + VietnameseFormat.withUnit(VietnameseFormat.number(classified(sum)), indicator.unitOfMeasure())
                    + " đã phân loại)";
        }
        return VietnameseFormat.figure(indicator, sum);
    }

    /**
     * Shares of a classification are of the units classified (the sum of its categories), which the text says:
     * "Xuất sắc: 149/163 (đạt 91,41%); … (trên 163 đơn vị đã phân loại)". Of the units expected at the node, how many
     * reported is in {@code counts.submitted}.
     */
    private static BigDecimal classified(FigureValue sum) {
        return sum.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * "giảm 8,1% so với cùng kỳ năm 2022 (34/37 vụ)", for counts and amounts (the year is the end of the comparison
     * plan's period); null when there is nothing to compare.
     */
    private static Comparison compare(Indicator indicator, PlanPublished comparisonPlan, FigureValue current, FigureValue previous,
                                      String note) {
        String comparisonPlanId = comparisonPlan.planId();
        String sameTime = comparisonPlan.letter().periodTo() == null ? "cùng kỳ"
                : "cùng kỳ năm " + comparisonPlan.letter().periodTo().getYear();
        if (previous == null || indicator.type() == IndicatorType.RATIO || indicator.type() == IndicatorType.CLASSIFICATION) {
            return null;
        }
        BigDecimal now = current == null ? BigDecimal.ZERO : current.amount();
        BigDecimal before = previous.amount();
        String figures = " (" + VietnameseFormat.number(now) + "/" + VietnameseFormat.withUnit(VietnameseFormat.number(before), indicator.unitOfMeasure()) + note + ")";
        BigDecimal difference = now.subtract(before);
        if (difference.signum() == 0) {
            return new Comparison(comparisonPlanId, before, BigDecimal.ZERO.setScale(1), "bằng " + sameTime + figures);
        }
        String direction = difference.signum() > 0 ? "tăng " : "giảm ";
        if (before.signum() == 0) {
            return new Comparison(comparisonPlanId, before, null,
                    direction + VietnameseFormat.withUnit(VietnameseFormat.number(difference.abs()), indicator.unitOfMeasure())
                    + " so với " + sameTime + figures);
        }
        BigDecimal change = difference.multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return new Comparison(comparisonPlanId, before, change,
                direction + VietnameseFormat.number(change.abs()) + "% so với " + sameTime + figures);
    }

    /**
     * The two sides of a comparison across the reform, and what it rests on.
     *
     * @param current  the plan's provisional totals over the comparable units (all the units summed, when all are)
     * @param previous the comparison plan's totals over the predecessors counted for them
     */
    record CrossReform(Map<String, FigureValue> current, Map<String, FigureValue> previous, Basis basis) {
    }

    /** Above this many predecessors a basis text gives their number rather than their names (JSON lists them all). */
    private static final int NAMED_PREDECESSORS = 10;

    /**
     * Like with like across the reform: a unit summed at the node is comparable when at least one of its predecessors
     * was expected in the comparison plan; the previous figure is the sum, over the comparable units, of the figures of
     * their predecessors counted for them (a split predecessor is counted for one successor only, so it is summed once
     * wherever both successors are), and the current figure is over the comparable units only.
     */
    static CrossReform crossReform(PlanState state, PlanState comparison, Lineage lineage, List<ExpectedUnit> summed) {
        Map<String, ExpectedUnit> expectedBefore = new LinkedHashMap<>();
        comparison.plan().expectedUnits().forEach(u -> expectedBefore.putIfAbsent(u.code(), u));
        Set<String> summedHere = summed.stream().map(ExpectedUnit::code).collect(Collectors.toSet());
        List<ExpectedUnit> comparable = new ArrayList<>();
        Map<String, ExpectedUnit> counted = new LinkedHashMap<>();
        List<PredecessorFigure> summedFigures = new ArrayList<>();
        List<PredecessorFigure> elsewhere = new ArrayList<>();
        for (ExpectedUnit unit : summed) {
            List<Lineage.Predecessor> predecessors = lineage.of(unit.code()).stream()
                    .filter(p -> expectedBefore.containsKey(p.code())).toList();
            if (predecessors.isEmpty()) {
                continue;
            }
            comparable.add(unit);
            for (Lineage.Predecessor predecessor : predecessors) {
                if (predecessor.counted()) {
                    if (counted.putIfAbsent(predecessor.code(), expectedBefore.get(predecessor.code())) == null) {
                        summedFigures.add(new PredecessorFigure(predecessor.code(), predecessor.name(), unit.code(), unit.name()));
                    }
                } else if (!summedHere.contains(predecessor.countedForCode())) {
                    elsewhere.add(new PredecessorFigure(predecessor.code(), predecessor.name(), predecessor.countedForCode(),
                            predecessor.countedForName()));
                }
            }
        }
        Map<String, FigureValue> previous = sums(reportingOwnFigures(comparison.plan(), List.copyOf(counted.values())),
                u -> comparison.of(u.code()).flatMap(Contribution::current));
        Map<String, FigureValue> current = sums(comparable, u -> state.of(u.code()).flatMap(Contribution::current));
        return new CrossReform(current, previous,
                new Basis(comparable.size(), summed.size(), summedFigures, elsewhere, basisText(summedFigures, elsewhere)));
    }

    /** "gồm số liệu cùng kỳ của Xã A, Xã B; Xã C tính cho Phường D" (names up to ten, else their number). */
    static String basisText(List<PredecessorFigure> summed, List<PredecessorFigure> elsewhere) {
        StringBuilder text = new StringBuilder();
        if (summed.isEmpty()) {
            text.append("không có số liệu cùng kỳ của đơn vị trước sắp xếp");
        } else if (summed.size() <= NAMED_PREDECESSORS) {
            text.append("gồm số liệu cùng kỳ của ").append(summed.stream().map(PredecessorFigure::name).collect(Collectors.joining(", ")));
        } else {
            text.append("gồm số liệu cùng kỳ của ").append(VietnameseFormat.number(BigDecimal.valueOf(summed.size())))
                    .append(" đơn vị trước sắp xếp");
        }
        if (!elsewhere.isEmpty() && elsewhere.size() <= NAMED_PREDECESSORS) {
            text.append("; ").append(elsewhere.stream().map(p -> p.name() + " tính cho " + p.countedForName())
                    .collect(Collectors.joining("; ")));
        } else if (!elsewhere.isEmpty()) {
            text.append("; ").append(VietnameseFormat.number(BigDecimal.valueOf(elsewhere.size())))
                    .append(" đơn vị chia tách tính cho đơn vị khác");
        }
        return text.toString();
    }

    /**
     * {@link #compare} over the comparable units, saying on how many units it rests when not all of them; with nothing
     * to compare but units whose predecessors were expected (all counted for other units), the basis alone.
     */
    private static Comparison compareAcross(Indicator indicator, PlanPublished comparisonPlan, FigureValue current,
                                            FigureValue previous, CrossReform cross) {
        Basis basis = cross.basis();
        if (basis.units() == 0) {
            return null;
        }
        if (previous == null) {
            if (indicator.type() == IndicatorType.RATIO || indicator.type() == IndicatorType.CLASSIFICATION) {
                return null;
            }
            return new Comparison(comparisonPlan.planId(), null, null, "không có số liệu cùng kỳ", basis);
        }
        String note = basis.units() == basis.of() ? ""
                : ", so sánh trên " + basis.units() + "/" + basis.of() + " đơn vị";
        Comparison comparison = compare(indicator, comparisonPlan, current, previous, note);
        return comparison == null ? null
                : new Comparison(comparison.comparisonPlanId(), comparison.previous(), comparison.changePercent(), comparison.text(), basis);
    }

    private static List<ChildNode> children(PlanState state, List<ExpectedUnit> units, String node, Instant now,
                                            Function<String, String> names, Map<String, Indicator> indicators) {
        Map<String, List<ExpectedUnit>> byChild = new LinkedHashMap<>();
        // A node that reports itself (a commune above its health stations, a district's compiled report) has its own
        // report as the first row: every report behind the node's totals is one row away.
        units.stream().filter(unit -> unit.code().equals(node)).findFirst()
                .ifPresent(self -> byChild.put(node, new ArrayList<>(List.of(self))));
        for (ExpectedUnit unit : units) {
            List<String> path = new ArrayList<>(unit.ancestry());
            path.add(unit.code());
            int at = path.indexOf(node);
            if (at >= 0 && at + 1 < path.size()) {
                byChild.computeIfAbsent(path.get(at + 1), c -> new ArrayList<>()).add(unit);
            }
        }
        List<ChildNode> children = new ArrayList<>();
        byChild.forEach((code, below) -> {
            Counts counts = counts(state, below, now);
            Map<String, String> figures = new LinkedHashMap<>();
            sums(reportingOwnFigures(state.plan(), below), u -> state.of(u.code()).flatMap(Contribution::current))
                    .forEach((indicator, sum) -> {
                        Indicator known = indicators.get(indicator);
                        if (known != null && known.type() != IndicatorType.PERCENTAGE) {
                            figures.put(indicator, total(known, sum, 0).text());
                        }
                    });
            boolean unit = below.size() == 1 && below.get(0).code().equals(code);
            children.add(new ChildNode(code, names.apply(code), counts.expected(), counts.submitted(), counts.overdue(),
                    counts.accepted(), counts.returned(), unit, figures));
        });
        return children;
    }

    /** Every expected unit at or below {@code node} (of {@code kind} when given) and where its report stands. */
    static List<UnitStanding> standings(PlanPublished plan, Map<String, Contribution> contributions, String node, String kind,
                                        Instant now) {
        List<UnitStanding> standings = new ArrayList<>();
        for (ExpectedUnit unit : unitsUnder(plan, node, kind)) {
            Contribution contribution = contributions.get(unit.code());
            ReportStanding standing = ReportStanding.of(contribution);
            VersionFacts current = contribution == null ? null : contribution.current().orElse(null);
            Instant deadline = plan.effectiveDeadline(unit.code(), unit.ancestry());
            Integer level = null;
            String levelKind = null;
            if (standing.waitsForReviewer()) {
                level = current.acceptedLevels().stream().max(Integer::compare).orElse(0) + 1;
                List<String> chain = plan.reviewChains().stream().filter(c -> unit.kind().equals(c.unitKind()))
                        .findFirst().map(c -> c.levels()).orElse(List.of());
                levelKind = level <= chain.size() ? chain.get(level - 1) : null;
            }
            standings.add(new UnitStanding(unit.code(), unit.name(), unit.kind(), unit.ancestry(), deadline, standing,
                    current == null ? null : current.version(), current == null ? null : current.submissionId(),
                    current == null ? null : current.submittedAt(), contribution != null && current != null && contribution.late(),
                    current == null && !now.isBefore(deadline), level, levelKind));
        }
        return standings;
    }
}
