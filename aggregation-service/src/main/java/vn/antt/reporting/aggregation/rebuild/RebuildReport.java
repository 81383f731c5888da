package vn.antt.reporting.aggregation.rebuild;

import java.util.List;

/**
 * What a rebuild found.
 *
 * @param eventsRead         records read from the two topics (all plans)
 * @param unreadable         records that could not be decoded (left out, as the live consumer dead-letters them)
 * @param contributions      units of the plan with a contribution after the rebuild
 * @param nodesCompared      nodes whose roll-ups were compared, live against rebuilt (all of the plan's: a node whose units'
 *                           contributions are the same on both sides has the same roll-up)
 * @param nodesRecomputed    of those, the nodes whose roll-ups were computed on both sides: the nodes at or above a unit
 *                           whose contribution differs (0 when none differs)
 * @param differences        the nodes and units whose live state differed from the rebuilt one (empty: identical)
 * @param replaced           whether the live contributions were replaced by the rebuilt ones
 */
public record RebuildReport(String planId, long eventsRead, long unreadable, long contributions, long nodesCompared,
                            long nodesRecomputed, List<String> differences, boolean replaced, long millis) {
}
