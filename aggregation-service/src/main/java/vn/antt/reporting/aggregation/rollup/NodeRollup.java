package vn.antt.reporting.aggregation.rollup;

/**
 * The rolled-up state of one node of a plan's hierarchy (a commune, a district, the province).
 *
 * @param submitted       units below (or the node itself) that have submitted at least once
 * @param submittedOnTime of which before their effective deadline
 * @param submittedLate   of which after it
 */
public record NodeRollup(String planId, String node, String nodeName, long submitted, long submittedOnTime,
                         long submittedLate) {
}
