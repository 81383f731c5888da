package vn.antt.reporting.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antt.reporting.platform.text.UnitKindNames;
import vn.antt.reporting.web.api.RollupInfo.ChildNode;
import vn.antt.reporting.web.api.RollupInfo.IndicatorTotal;
import vn.antt.reporting.web.api.RollupInfo.Rate;
import vn.antt.reporting.web.api.RollupInfo;
import vn.antt.reporting.web.view.ReportStanding;

/**
 * What the dashboard of a node shows, from its roll-up: the way back up (from my unit down to the node), the rows
 * below (a node to drill into, or at the lowest level a unit's own report), the kinds to filter by and the charts'
 * data. Every figure's text is the roll-up's; nothing is computed here but the arrangement.
 *
 * @param breadcrumb my unit first, the node last
 * @param rows       the nodes directly below, in the roll-up's order
 * @param kinds      kinds of unit to filter by, code to name, "" for all
 * @param charts     the charts' data (completeness per row, classification shares, submissions over time), for ECharts
 * @param overTime   how the reports came in, day by day, against the deadline
 */
public record DashboardView(RollupInfo rollup, List<Crumb> breadcrumb, List<Row> rows, Map<String, String> kinds,
                            Map<String, Object> charts, SubmissionsOverTime overTime) {

    /** The same view with how the node's units' reports came in (from their standings). */
    public DashboardView withOverTime(SubmissionsOverTime submissions) {
        Map<String, Object> withChart = new LinkedHashMap<>(charts);
        withChart.put("overTime", submissions.chart());
        return new DashboardView(rollup, breadcrumb, rows, kinds, withChart, submissions);
    }

    /** A node on the way up, named. */
    public record Crumb(String code, String name) {
    }

    /**
     * One node below.
     *
     * @param report for a unit's own row: where its report stands (version, status, link), else null
     */
    public record Row(ChildNode node, ReportStanding report) {

        public boolean unit() {
            return node.unit();
        }
    }

    /**
     * @param ancestry  the node's ancestors, the top first (the directory's order)
     * @param myUnit    where I stand: the breadcrumb starts there (I cannot go above it)
     * @param names     a unit's name by its code
     * @param standings a unit's report standing, for the rows that are units
     * @param allKinds  the kinds of unit under the node (from the unfiltered roll-up's {@code byKind})
     */
    public static DashboardView of(RollupInfo rollup, List<String> ancestry, String myUnit, Function<String, String> names,
                                   Function<String, ReportStanding> standings, Iterable<String> allKinds) {
        List<Crumb> breadcrumb = new ArrayList<>();
        int from = ancestry.indexOf(myUnit);
        if (from >= 0) {
            for (String code : ancestry.subList(from, ancestry.size())) {
                breadcrumb.add(new Crumb(code, names.apply(code)));
            }
        }
        breadcrumb.add(new Crumb(rollup.node(), rollup.nodeName()));
        List<Row> rows = rollup.children().stream()
                .map(child -> new Row(child, child.unit() ? standings.apply(child.code()) : null))
                .toList();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("", "Tất cả các loại đơn vị");
        allKinds.forEach(kind -> kinds.put(kind, UnitKindNames.of(kind)));
        if (rollup.kind() != null) {
            kinds.putIfAbsent(rollup.kind(), UnitKindNames.of(rollup.kind()));
        }
        return new DashboardView(rollup, breadcrumb, rows, kinds, charts(rollup),
                new SubmissionsOverTime(List.of(), rollup.counts() == null ? 0 : rollup.counts().expected(), null));
    }

    /** Completeness per row (submitted and overdue percent) and each classification indicator's shares. */
    static Map<String, Object> charts(RollupInfo rollup) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> submitted = new ArrayList<>();
        List<BigDecimal> overdue = new ArrayList<>();
        for (ChildNode child : rollup.children()) {
            names.add(child.name());
            submitted.add(percent(child.submitted()));
            overdue.add(percent(child.overdue()));
        }
        List<Map<String, Object>> classifications = new ArrayList<>();
        for (IndicatorTotal figure : rollup.figures()) {
            if (figure.provisional() == null || figure.provisional().classification().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> shares = figure.provisional().classification().stream()
                    .map(share -> Map.<String, Object>of("name", share.category(), "value", share.share().count()))
                    .toList();
            classifications.add(Map.of("indicator", figure.indicator(), "label", figure.label(), "shares", shares));
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("rows", names);
        charts.put("submitted", submitted);
        charts.put("overdue", overdue);
        charts.put("classifications", classifications);
        return charts;
    }

    private static BigDecimal percent(Rate rate) {
        return rate == null || rate.percent() == null ? BigDecimal.ZERO : rate.percent();
    }

    /** The indicators that have a classification (a chart each). */
    public List<IndicatorTotal> classified() {
        return rollup.figures().stream()
                .filter(f -> f.provisional() != null && !f.provisional().classification().isEmpty()).toList();
    }

    /** The accepted counts per level of the review chain, first level first. */
    public Map<Integer, Rate> acceptedAtLevel() {
        return rollup.counts() == null ? Map.of() : rollup.counts().acceptedAtLevel();
    }

    public boolean comparison() {
        return rollup.figures().stream().anyMatch(f -> f.comparison() != null);
    }
}
