package vn.antt.reporting.aggregation.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antt.reporting.aggregation.rollup.NodeRollup.CategoryShare;
import vn.antt.reporting.aggregation.rollup.NodeRollup.ChildNode;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Comparison;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Counts;
import vn.antt.reporting.aggregation.rollup.NodeRollup.IndicatorTotal;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Total;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.PlanPublished;
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

    /** A plan with what its units contributed; the outline's indicators give the order and the meaning of the figures. */
    public record PlanState(PlanPublished plan, Map<String, Contribution> contributions) {

        Optional<Contribution> of(String unitCode) {
            return Optional.ofNullable(contributions.get(unitCode));
        }
    }

    static NodeRollup compute(PlanState state, List<Indicator> indicators, PlanState comparison, String node, String kind,
                              Instant now, Function<String, String> names) {
        PlanPublished plan = state.plan();
        List<ExpectedUnit> units = unitsUnder(plan, node, kind);
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
        if (comparison != null) {
            List<ExpectedUnit> previousSummed = reportingOwnFigures(comparison.plan(), unitsUnder(comparison.plan(), node, kind));
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
                    comparison == null ? null : compare(indicator, comparison.plan().planId(), now0, previous.get(code))));
        }
        return new NodeRollup(plan.planId(), plan.number(), node, names.apply(node), kind, plan.deadline(), now,
                counts(state, units, now), byKind, figures, children(state, units, node, now, names, known));
    }

    /** The units the plan expects at or below {@code node} (of {@code kind} when given), in the plan's order. */
    static List<ExpectedUnit> unitsUnder(PlanPublished plan, String node, String kind) {
        return plan.expectedUnits().stream()
                .filter(u -> u.code().equals(node) || u.ancestry().contains(node))
                .filter(u -> kind == null || kind.equals(u.kind()))
                .toList();
    }

    /**
     * The units whose figures are summed: those with no other expected unit below them. An intermediate level
     * that reports too (a district) compiles its sub-units' figures; adding its report would count them twice.
     */
    static List<ExpectedUnit> reportingOwnFigures(PlanPublished plan, List<ExpectedUnit> units) {
        Set<String> compilers = new HashSet<>();
        plan.expectedUnits().forEach(u -> compilers.addAll(u.ancestry()));
        return units.stream().filter(u -> !compilers.contains(u.code())).toList();
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
            BigDecimal all = sum.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            classification = categories.stream()
                    .map(c -> new CategoryShare(c, Rate.of(sum.breakdown().getOrDefault(c, BigDecimal.ZERO), all)))
                    .toList();
        }
        return new Total(units, sum.qualifier(), sum.amount(), sum.secondAmount(), percent, classification,
                text(indicator, sum, classification));
    }

    private static String text(Indicator indicator, FigureValue sum, List<CategoryShare> classification) {
        String amount = VietnameseFormat.qualified(sum.qualifier(), sum.amount());
        return switch (indicator.type()) {
            case RATIO -> VietnameseFormat.qualifierWord(sum.qualifier()) + VietnameseFormat.achieved(sum.amount(), orZero(sum.secondAmount()));
            case PAIRED_COUNT -> withUnit(amount, indicator.unitOfMeasure()) + " - "
                    + withUnit(VietnameseFormat.number(orZero(sum.secondAmount())), indicator.secondUnitOfMeasure());
            case CLASSIFICATION -> classification.stream().map(s -> s.category() + ": " + s.share().text())
                    .collect(Collectors.joining("; "));
            default -> withUnit(amount, indicator.unitOfMeasure());
        };
    }

    /** "giảm 8,1% so với cùng kỳ (34/37 vụ)", for counts and amounts; null when there is nothing to compare. */
    private static Comparison compare(Indicator indicator, String comparisonPlanId, FigureValue current, FigureValue previous) {
        if (previous == null || indicator.type() == IndicatorType.RATIO || indicator.type() == IndicatorType.CLASSIFICATION) {
            return null;
        }
        BigDecimal now = current == null ? BigDecimal.ZERO : current.amount();
        BigDecimal before = previous.amount();
        String figures = " (" + VietnameseFormat.number(now) + "/" + withUnit(VietnameseFormat.number(before), indicator.unitOfMeasure()) + ")";
        BigDecimal difference = now.subtract(before);
        if (difference.signum() == 0) {
            return new Comparison(comparisonPlanId, before, BigDecimal.ZERO.setScale(1), "bằng cùng kỳ" + figures);
        }
        String direction = difference.signum() > 0 ? "tăng " : "giảm ";
        if (before.signum() == 0) {
            return new Comparison(comparisonPlanId, before, null,
                    direction + withUnit(VietnameseFormat.number(difference.abs()), indicator.unitOfMeasure()) + " so với cùng kỳ" + figures);
        }
        BigDecimal change = difference.multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return new Comparison(comparisonPlanId, before, change,
                direction + VietnameseFormat.number(change.abs()) + "% so với cùng kỳ" + figures);
    }

    private static List<ChildNode> children(PlanState state, List<ExpectedUnit> units, String node, Instant now,
                                            Function<String, String> names, Map<String, Indicator> indicators) {
        Map<String, List<ExpectedUnit>> byChild = new LinkedHashMap<>();
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

    private static String withUnit(String amount, String unitOfMeasure) {
        return unitOfMeasure == null || unitOfMeasure.isBlank() ? amount : amount + " " + unitOfMeasure;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
