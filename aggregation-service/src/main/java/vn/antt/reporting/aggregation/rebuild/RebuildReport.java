package vn.antt.reporting.aggregation.rebuild;

import java.util.List;

/**
 * What a rebuild found.
 *
 * @param eventsRead         records read from the two topics (all plans)
 * @param unreadable         records that could not be decoded (left out, as the live consumer dead-letters them)
 * @param contributions      units of the plan with a contribution after the rebuild
 * @param nodesCompared      nodes whose roll-ups were compared, live against rebuilt
 * @param differences        the nodes and units whose live state differed from the rebuilt one (empty: identical)
 * @param replaced           whether the live contributions were replaced by the rebuilt ones
 */
public record RebuildReport(String planId, long eventsRead, long unreadable, long contributions, long nodesCompared,
                            List<String> differences, boolean replaced, long millis) {
}
