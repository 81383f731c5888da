package vn.antt.reporting.contracts.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who reviews a unit's report and whose reports are compilations, under one plan: the one definition that
 * review-service (its cases and compilations) and aggregation-service (the roll-up sums and the recipients of
 * deadline alerts) share, so that a district's compiled report and the district's roll-up agree by construction.
 * <ul>
 * <li><b>Review levels.</b> The plan's chain for the unit's kind names kinds of levels (COMMUNE → [DISTRICT,
 * PROVINCE]); at each level the reviewer is the unit's ancestor of that kind. A level with no such ancestor (no
 * district after the reform of 1/7/2025) is skipped; a kind without a chain goes to the plan's recipient. A unit
 * never reviews itself: the top unit's own report has no level.</li>
 * <li><b>Compilations.</b> A unit whose kind is a level of one of the plan's chains (DISTRICT, PROVINCE) compiles:
 * its report is made of its sub-units' figures, so roll-ups never add it to theirs. Every other unit (a commune,
 * an agency, an enterprise, a school, a hamlet) reports figures of its own and is always summed, whatever hangs
 * below it (a health station under a commune does not make the commune a compiling level).</li>
 * </ul>
 */
public final class ReviewRoute {

    /** The kind of the level of a unit whose kind has no chain in the plan: the plan's recipient reviews it. */
    public static final String RECIPIENT = "RECIPIENT";

    private ReviewRoute() {
    }

    /**
     * One reviewing level of a unit's report.
     *
     * @param level    1 for the first level
     * @param unitCode the reviewing unit
     * @param kind     the level's kind in the plan's chain (DISTRICT, PROVINCE), or {@link #RECIPIENT}
     */
    public record Level(int level, String unitCode, String kind) {
    }

    /**
     * The levels that review a unit's report, first level first.
     *
     * @param ancestry the unit's ancestors from the top down
     * @param kindOf   the kind of one of those ancestors; may throw when the caller cannot know it yet
     */
    public static List<Level> levelsOf(PlanPublished plan, String unitCode, String unitKind, List<String> ancestry,
                                       Function<String, String> kindOf) {
        Optional<ReviewChain> chain = plan.reviewChains().stream().filter(c -> c.unitKind().equals(unitKind)).findFirst();
        List<Level> levels = new ArrayList<>();
        if (chain.isEmpty()) {
            if (plan.letter().recipientUnitCode() != null && !plan.letter().recipientUnitCode().equals(unitCode)) {
                levels.add(new Level(1, plan.letter().recipientUnitCode(), RECIPIENT));
            }
            return levels;
        }
        for (String kind : chain.get().levels()) {
            for (String ancestor : ancestry) {
                if (kind.equals(kindOf.apply(ancestor))) {
                    levels.add(new Level(levels.size() + 1, ancestor, kind));
                    break;
                }
            }
        }
        return levels;
    }

    /** The levels of an expected unit of the plan. */
    public static List<Level> levelsOf(PlanPublished plan, ExpectedUnit unit, Function<String, String> kindOf) {
        return levelsOf(plan, unit.code(), unit.kind(), unit.ancestry(), kindOf);
    }

    /**
     * The kind of a unit as the plan's expected units give it, else as {@code otherwise} does (a directory): the
     * ancestors of expected units (districts, the province) are often not expected themselves.
     */
    public static Function<String, String> kindsOf(PlanPublished plan, Function<String, String> otherwise) {
        Map<String, String> expected = plan.expectedUnits().stream()
                .collect(Collectors.toMap(ExpectedUnit::code, ExpectedUnit::kind, (a, b) -> a));
        return code -> {
            String kind = expected.get(code);
            return kind != null ? kind : otherwise.apply(code);
        };
    }

    /** Whether a unit of this kind compiles its report from its sub-units': the kind is a level of one of the plan's chains. */
    public static boolean compiles(PlanPublished plan, String unitKind) {
        return unitKind != null && plan.reviewChains().stream().anyMatch(c -> c.levels().contains(unitKind));
    }

    /** Of these units, those whose own figures are summed (their reports are not compilations), in their order. */
    public static List<ExpectedUnit> reportingOwnFigures(PlanPublished plan, List<ExpectedUnit> units) {
        return units.stream().filter(u -> !compiles(plan, u.kind())).toList();
    }

    /** The expected units of the plan whose reports are compilations (an expected district, the province). */
    public static Set<String> compilingUnits(PlanPublished plan) {
        return plan.expectedUnits().stream().filter(u -> compiles(plan, u.kind())).map(ExpectedUnit::code).collect(Collectors.toSet());
    }

    /**
     * Whether {@code compiler}'s compiled report takes the report of a unit with these levels: {@code compiler} is
     * one of its levels, and no level before it is a unit whose own compiled report the plan expects (that report
     * carries the unit's figures up, so adding both would count them twice).
     *
     * @param compilingUnits {@link #compilingUnits(PlanPublished)} of the plan
     */
    public static boolean compiledDirectlyBy(Set<String> compilingUnits, List<Level> levels, String compiler) {
        for (Level level : levels) {
            if (level.unitCode().equals(compiler)) {
                return true;
            }
            if (compilingUnits.contains(level.unitCode())) {
                return false;
            }
        }
        return false;
    }
}
