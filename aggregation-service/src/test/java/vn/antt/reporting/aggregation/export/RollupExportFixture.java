package vn.antt.reporting.aggregation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.aggregation.rollup.RollupCalculator;
import vn.antt.reporting.aggregation.rollup.RollupCalculator.PlanState;
import vn.antt.reporting.aggregation.rollup.VersionFacts;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;

/** Roll-up exports built the way the service builds them (the calculator over contributions), without the store. */
final class RollupExportFixture {

    static final Instant NOW = Instant.parse("2025-06-12T03:00:00Z");
    static final String ENTERPRISE = "ENT-01";

    private RollupExportFixture() {
    }

    static VersionFacts version(int n, Instant at, boolean late, List<FigureValue> figures, List<String> acceptedBy, List<Integer> levels,
                                boolean returned, boolean finalized) {
        return new VersionFacts(n, "s-" + n + "-" + at.toEpochMilli(), at, late, figures, true, false, acceptedBy, levels, returned, finalized);
    }

    static Contribution contribution(String planId, String unit, VersionFacts... versions) {
        Map<String, VersionFacts> byKey = new LinkedHashMap<>();
        for (VersionFacts v : versions) {
            byKey.put("v" + v.version(), v);
        }
        return new Contribution(Contribution.idOf(planId, unit), planId, unit, byKey);
    }

    /**
     * Plan 119 for Tịnh Sơn (seed 000's figures, in on 06/6 09:00 +07:00, accepted by the district), Tịnh Hà (late, 42
     * sessions), Bình Hải (nothing: overdue on 12/6) and an enterprise of the province (returned).
     */
    static RollupExport quangNgai() {
        List<ExpectedUnit> expected = List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhHa()), PlanMother.unit(Units.binhHai()),
                new ExpectedUnit(ENTERPRISE, "Công ty Cổ phần Đường Quảng Ngãi", "ENTERPRISE", List.of(Units.QUANG_NGAI)));
        PlanPublished plan = PlanMother.plan119().expected(expected).build();
        Map<String, Contribution> contributions = new HashMap<>();
        contributions.put(Units.TINH_SON, contribution(plan.planId(), Units.TINH_SON, version(1, Instant.parse("2025-06-06T02:00:00Z"), false,
                ReportSubmittedMother.tinhSonFigures(), List.of(Units.SON_TINH), List.of(1), false, false)));
        contributions.put(Units.TINH_HA, contribution(plan.planId(), Units.TINH_HA, version(1, Instant.parse("2025-06-10T01:30:00Z"), true,
                List.of(FigureValue.exact("propaganda.sessions", 42), new FigureValue("safe-hamlets", Qualifier.EXACT,
                        BigDecimal.valueOf(149), BigDecimal.valueOf(150), null)), List.of(), List.of(), false, false)));
        contributions.put(ENTERPRISE, contribution(plan.planId(), ENTERPRISE, version(1, Instant.parse("2025-06-08T08:15:00Z"), false,
                List.of(FigureValue.exact("propaganda.sessions", 5)), List.of(), List.of(), true, false)));
        Map<String, String> names = Map.of(Units.QUANG_NGAI, "Tỉnh Quảng Ngãi", Units.SON_TINH, "Huyện Sơn Tịnh", Units.BINH_SON, "Huyện Bình Sơn");
        return export(plan, Units.QUANG_NGAI, contributions, code -> names.getOrDefault(code, code));
    }

    /** A nation-sized plan: {@code communes} communes under 63 provinces and their districts, nine in ten reported. */
    static RollupExport nationWide(int communes) {
        List<ExpectedUnit> expected = new ArrayList<>(communes);
        Map<String, Contribution> contributions = new HashMap<>();
        List<FigureValue> figures = ReportSubmittedMother.tinhSonFigures();
        for (int i = 0; i < communes; i++) {
            String province = "P" + (i % 63);
            String district = province + "-D" + (i % 696);
            String code = String.format("%05d", i);
            expected.add(new ExpectedUnit(code, "Xã Thử Nghiệm " + i, "COMMUNE", List.of("VN", province, district)));
        }
        PlanPublished plan = PlanMother.plan119().expected(expected).build();
        for (int i = 0; i < communes; i++) {
            if (i % 10 != 0) {
                String code = String.format("%05d", i);
                contributions.put(code, contribution(plan.planId(), code, version(1, Instant.parse("2025-06-06T02:00:00Z").plusSeconds(i), i % 7 == 0,
                        figures, i % 3 == 0 ? List.of("VN") : List.of(), i % 3 == 0 ? List.of(1) : List.of(), false, false)));
            }
        }
        return export(plan, "VN", contributions, code -> code.equals("VN") ? "Toàn quốc" : code);
    }

    static RollupExport export(PlanPublished plan, String node, Map<String, Contribution> contributions, Function<String, String> names) {
        PlanState state = new PlanState(plan, contributions);
        var indicators = OutlineMother.indicators357();
        NodeRollup whole = RollupCalculator.compute(state, indicators, null, node, null, NOW, names);
        Map<String, NodeRollup> kinds = new LinkedHashMap<>();
        whole.byKind().keySet().forEach(kind -> kinds.put(kind, RollupCalculator.compute(state, indicators, null, node, kind, NOW, names)));
        return new RollupExport(plan, whole, kinds, indicators, RollupCalculator.unitsUnder(plan, node, null), contributions, names);
    }
}
