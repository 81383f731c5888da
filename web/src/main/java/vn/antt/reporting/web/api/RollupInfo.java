package vn.antt.reporting.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A node's roll-up as aggregation-service answers it ({@code GET /api/rollups/{planId}/nodes/{node}}): every text
 * ("149/150 (đạt 99,33%)", "hơn 8.100 lượt người") is the service's, shown as it comes.
 */
public record RollupInfo(String planId, String planNumber, String node, String nodeName, String kind, Instant deadline,
                         Instant asOf, Counts counts, Map<String, Counts> byKind, List<IndicatorTotal> figures,
                         List<ChildNode> children) {

    public RollupInfo {
        byKind = byKind == null ? Map.of() : byKind;
        figures = figures == null ? List.of() : figures;
        children = children == null ? List.of() : children;
    }

    /** x of y: {@code text} is "149/150 (đạt 99,33%)" or "3/150 (2%)"; {@code percent} null when y is zero. */
    public record Rate(BigDecimal count, BigDecimal of, BigDecimal percent, String text) {
    }

    public record Counts(long expected, Rate submitted, Rate submittedOnTime, Rate submittedLate, Rate notSubmitted,
                         Rate overdue, Rate accepted, Map<Integer, Rate> acceptedAtLevel, Rate returned, Rate finalized) {

        public Counts {
            acceptedAtLevel = acceptedAtLevel == null ? Map.of() : acceptedAtLevel;
        }
    }

    public record IndicatorTotal(String indicator, String label, String type, String unitOfMeasure,
                                 String secondUnitOfMeasure, Total provisional, Total approved, Comparison comparison) {
    }

    public record Total(long units, String qualifier, BigDecimal amount, BigDecimal secondAmount, BigDecimal percent,
                        List<CategoryShare> classification, String text) {

        public Total {
            classification = classification == null ? List.of() : classification;
        }
    }

    public record CategoryShare(String category, Rate share) {
    }

    /**
     * Against the same period last year: "giảm 8,1% so với cùng kỳ (34/37 vụ)"; across the reform of 1/7/2025 with
     * its {@code basis}, the pre-reform units summed ("gồm số liệu cùng kỳ của Xã A, Xã B; Xã C tính cho Phường D").
     */
    public record Comparison(String comparisonPlanId, BigDecimal previous, BigDecimal changePercent, String text, Basis basis) {
    }

    /** What a comparison across the reform rests on: {@code units} of {@code of} units, and the text naming the predecessors. */
    public record Basis(long units, long of, String text) {
    }

    /**
     * A node directly below.
     *
     * @param unit    the node is one expected unit with nobody below it: its row is its own report
     * @param figures each indicator's provisional total below it, as text, by indicator code
     */
    public record ChildNode(String code, String name, long expected, Rate submitted, Rate overdue, Rate accepted,
                            Rate returned, boolean unit, Map<String, String> figures) {

        public ChildNode {
            figures = figures == null ? Map.of() : figures;
        }
    }
}
