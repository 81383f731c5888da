package vn.antt.reporting.aggregation.rollup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.submission.Qualifier;

/**
 * The rolled-up state of one node of a plan's hierarchy (a commune, a district, the province), over the units
 * the plan expects at or below it, optionally only those of one kind ("all enterprises of the province").
 *
 * @param kind     the kind of unit the roll-up is restricted to, or null for all
 * @param group    the code of the plan's group of units it is restricted to (with {@code kind}: the group's units of that
 *                 kind), or null for all
 * @param asOf     when it was computed (overdue depends on the time)
 * @param counts   where the expected units stand
 * @param byKind   the same counts per kind of unit (only when {@code kind} is null)
 * @param groups   every group the plan names (code and name), to offer as {@code ?group=}
 * @param figures  one total per indicator of the outline, provisional and approved side by side
 * @param children the nodes directly below, for drilling down
 */
public record NodeRollup(
        String planId,
        String planNumber,
        String node,
        String nodeName,
        String kind,
        String group,
        Instant deadline,
        Instant asOf,
        Counts counts,
        Map<String, Counts> byKind,
        List<GroupRef> groups,
        List<IndicatorTotal> figures,
        List<ChildNode> children) {

    /**
     * Where the expected units stand; every rate is of {@code expected}.
     *
     * @param submitted       units with a report in (a withdrawn one does not count)
     * @param submittedOnTime of which in before their effective deadline (judged on their first version)
     * @param submittedLate   of which after it
     * @param overdue         no report in, and their effective deadline has passed
     * @param accepted        the current version accepted by at least one level
     * @param acceptedAtLevel per level of the review chain (1 = first reviewer)
     * @param returned        the current version was returned and awaits a new version
     * @param finalized       the current version passed the top of its chain
     */
    public record Counts(long expected, Rate submitted, Rate submittedOnTime, Rate submittedLate, Rate notSubmitted,
                         Rate overdue, Rate accepted, Map<Integer, Rate> acceptedAtLevel, Rate returned, Rate finalized) {
    }

    /**
     * The sum of one indicator over the units below the node that report figures of their own (see README:
     * a compiled report of an intermediate level is not added to its sub-units' figures).
     *
     * @param provisional the latest submitted versions
     * @param approved    the latest accepted versions
     * @param comparison  against the comparison plan (same period last year), or null
     */
    public record IndicatorTotal(String indicator, String label, IndicatorType type, String unitOfMeasure,
                                 String secondUnitOfMeasure, Total provisional, Total approved, Comparison comparison) {
    }

    /**
     * @param units          how many units' values are in the sum
     * @param percent        for a RATIO, amount of secondAmount in percent
     * @param classification for a CLASSIFICATION, each category's count and share of all classified units (the sum of the
     *                       categories; the text ends with it: "(trên 163 đơn vị đã phân loại)")
     * @param text           as an official writes it: "hơn 8.100 lượt người", "30 vụ - 77 đối tượng", "149/150 (đạt 99,33%)"
     */
    public record Total(long units, Qualifier qualifier, BigDecimal amount, BigDecimal secondAmount, BigDecimal percent,
                        List<CategoryShare> classification, String text) {
    }

    /** "Xuất sắc: 149/163 (đạt 91,41%)". */
    public record CategoryShare(String category, Rate share) {
    }

    /**
     * @param previous      the comparison plan's provisional total at the same node
     * @param changePercent (current − previous) / previous in percent, one decimal; null when previous is zero
     * @param text          "giảm 8,1% so với cùng kỳ năm 2022 (34/37 vụ)" (the year ends the comparison plan's period); across
     *                      the reform, when not every unit has a predecessor in the comparison plan, it ends with how many
     *                      do: "(45/50 vụ, so sánh trên 2/3 đơn vị)"
     * @param basis         across the reform of 1/7/2025 (a plan after it compared with one before it): which pre-reform
     *                      units' figures make {@code previous}; null for a comparison of two plans on the same side
     */
    public record Comparison(String comparisonPlanId, BigDecimal previous, BigDecimal changePercent, String text, Basis basis) {

        public Comparison(String comparisonPlanId, BigDecimal previous, BigDecimal changePercent, String text) {
            this(comparisonPlanId, previous, changePercent, text, null);
        }
    }

    /**
     * What a comparison across the reform rests on: each new unit's previous figure is the sum of its predecessors'
     * figures in the comparison plan; a predecessor split between several new units is counted for one of them only.
     *
     * @param units            of the units summed at the node, how many have a predecessor the comparison plan expected
     *                         (the comparison is over those only: like with like)
     * @param of               the units summed at the node
     * @param summed           the predecessors whose figures are in {@code previous}, each with the new unit it is counted for
     * @param countedElsewhere predecessors of the node's units whose figure is counted for a new unit outside the node
     * @param text             "gồm số liệu cùng kỳ của Xã Tịnh Bắc, Xã Tịnh Hiệp; Xã Tịnh Trà tính cho Xã Ba Gia"
     */
    public record Basis(long units, long of, List<PredecessorFigure> summed, List<PredecessorFigure> countedElsewhere,
                        String text) {
    }

    /** A pre-reform unit of the comparison plan and the new unit its figure is counted for. */
    public record PredecessorFigure(String code, String name, String countedForCode, String countedForName) {
    }

    /** A group of units the plan names: {@code quan-ly-cap-huyen}, "Đơn vị do huyện quản lý". */
    public record GroupRef(String code, String name) {
    }

    /**
     * A node directly below, with where its units stand.
     *
     * @param unit    whether the node is itself one expected unit with nobody below it (its row is its own report)
     * @param figures the provisional total of each indicator below it, as text ("hơn 100 lượt"), by indicator code
     */
    public record ChildNode(String code, String name, long expected, Rate submitted, Rate overdue, Rate accepted,
                            Rate returned, boolean unit, Map<String, String> figures) {
    }
}
