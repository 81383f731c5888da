package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.aggregation.rollup.NodeRollup.IndicatorTotal;
import vn.antt.reporting.aggregation.rollup.RollupCalculator.PlanState;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.SonTinhCompilation;
import vn.antt.reporting.contracts.mothers.ThapMuoiDistrict;
import vn.antt.reporting.contracts.mothers.ThapMuoiDistrict.Layout;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;

/** The roll-up arithmetic as a pure function: which reports are summed, and the texts an official reads. */
class RollupCalculatorTest {

    private static final Instant NOW = Instant.parse("2025-06-20T03:00:00Z");
    private static final String SESSIONS = "propaganda.sessions";

    @Test
    void twoCommunesOfADistrictAddUpAtTheDistrictAndTheProvinceAndAResubmissionReplacesTheReturnedVersion() {
        // As the directory has it: Tịnh Sơn's health station (no report yet) hangs under the commune.
        PlanPublished plan = PlanMother.plan119().expected(List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhHa()),
                        PlanMother.unit(Units.tinhSonHealthStation()), PlanMother.unit(Units.sonTinh())))
                .chain("DISTRICT", "PROVINCE").chain("HEALTH_STATION", "DISTRICT", "PROVINCE").build();
        Map<String, Contribution> contributions = new HashMap<>();
        contributions.put(Units.TINH_SON, contribution(plan, Units.TINH_SON,
                submitted(1, new FigureValue(SESSIONS, Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of()))));
        contributions.put(Units.TINH_HA, contribution(plan, Units.TINH_HA, submitted(1, FigureValue.exact(SESSIONS, 50))));
        // The district's own compiled report is never added to its communes'.
        contributions.put(Units.SON_TINH, contribution(plan, Units.SON_TINH, submitted(1, FigureValue.exact(SESSIONS, 1_000))));

        for (String node : List.of(Units.SON_TINH, Units.QUANG_NGAI)) {
            NodeRollup.Total total = sessions(plan, contributions, node).provisional();
            assertThat(total.text()).as(node).isEqualTo("hơn 150 lượt");
            assertThat(total.units()).as(node).isEqualTo(2);
        }

        VersionFacts returned = returned(submitted(1, new FigureValue(SESSIONS, Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of())));
        contributions.put(Units.TINH_SON, contribution(plan, Units.TINH_SON, returned, submitted(2, FigureValue.exact(SESSIONS, 120))));
        for (String node : List.of(Units.SON_TINH, Units.QUANG_NGAI)) {
            NodeRollup.Total total = sessions(plan, contributions, node).provisional();
            assertThat(total.text()).as(node).isEqualTo("170 lượt");
            assertThat(total.units()).as(node).isEqualTo(2);
        }
    }

    @Test
    void aCommuneWithAHealthStationBelowItStillReportsItsOwnFiguresAsTheDistrictsCompilationTakesIt() {
        // The same reports review-service's CompilationAgreesWithRollupIntegrationTest compiles for the district.
        PlanPublished plan = SonTinhCompilation.plan().build();
        Map<String, Contribution> contributions = new HashMap<>();
        SonTinhCompilation.reports().forEach((unit, figures) ->
                contributions.put(unit.code(), contribution(plan, unit.code(), submitted(1, figures.toArray(FigureValue[]::new)))));

        for (String node : List.of(Units.SON_TINH, Units.QUANG_NGAI)) {
            NodeRollup.Total total = sessions(plan, contributions, node).provisional();
            assertThat(total.amount()).as(node).isEqualByComparingTo(SonTinhCompilation.TOTAL);
            assertThat(total.text()).as(node).isEqualTo("hơn 154 lượt");
            assertThat(total.units()).as(node).isEqualTo(3);
        }
        assertThat(sessions(plan, contributions, Units.TINH_SON).provisional().text()).isEqualTo("hơn 104 lượt");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void thapMuoiPrintsTheFiguresOfSeed003WhereverItsHealthStationsAndHamletsHang(Layout layout) {
        PlanPublished lastYear = ThapMuoiDistrict.plan("bcd-138-2022-thap-muoi", 2022, layout).build();
        PlanPublished plan = ThapMuoiDistrict.plan("bcd-138-2023-thap-muoi", 2023, layout).comparedWith(lastYear.planId()).build();
        PlanState state = new PlanState(plan, contributions(plan, ThapMuoiDistrict.figures2023()));
        PlanState previous = new PlanState(lastYear, contributions(lastYear, ThapMuoiDistrict.figures2022()));

        for (String node : List.of(ThapMuoiDistrict.THAP_MUOI, ThapMuoiDistrict.DONG_THAP)) {
            NodeRollup rollup = RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), previous, node, null, NOW, code -> code);
            assertThat(rollup.counts().submitted().text()).as(node).isEqualTo("163/163 (đạt 100%)");
            NodeRollup.Total classification = figure(rollup, ThapMuoiDistrict.CLASSIFICATION).provisional();
            assertThat(classification.classification()).extracting(s -> s.category() + " " + s.share().count() + "/" + s.share().of())
                    .as(node).containsExactly("Xuất sắc 149/163", "Khá 13/163", "Trung bình 1/163", "Yếu 0/163");
            assertThat(classification.text()).as(node).isEqualTo("Xuất sắc: 149/163 (đạt 91,41%); Khá: 13/163 (đạt 7,98%); "
                    + "Trung bình: 1/163 (đạt 0,61%); Yếu: 0/163 (đạt 0%) (trên 163 đơn vị đã phân loại)");
            assertThat(figure(rollup, ThapMuoiDistrict.SAFE_STANDARD).provisional().text()).as(node).isEqualTo("149/150 (đạt 99,33%)");
            IndicatorTotal crimes = figure(rollup, ThapMuoiDistrict.CRIMES);
            assertThat(crimes.provisional().text()).as(node).isEqualTo("34 vụ");
            assertThat(crimes.comparison().text()).as(node).isEqualTo("giảm 8,1% so với cùng kỳ năm 2022 (34/37 vụ)");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void thapMuoiRollsUpTheUnitsTheDistrictManagesByTheirGroupAsSeed003Writes(Layout layout) {
        PlanPublished plan = ThapMuoiDistrict.plan("bcd-138-2023-thap-muoi", 2023, layout).build();
        PlanState state = new PlanState(plan, contributions(plan, ThapMuoiDistrict.figures2023()));

        for (String node : List.of(ThapMuoiDistrict.THAP_MUOI, ThapMuoiDistrict.DONG_THAP)) {
            NodeRollup managed = RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), null, node, null,
                    ThapMuoiDistrict.MANAGED_BY_DISTRICT, NOW, code -> code);
            assertThat(managed.group()).isEqualTo(ThapMuoiDistrict.MANAGED_BY_DISTRICT);
            assertThat(managed.counts().expected()).as(node).isEqualTo(73);
            NodeRollup.Total classification = figure(managed, ThapMuoiDistrict.CLASSIFICATION).provisional();
            assertThat(classification.classification().get(0).category()).isEqualTo("Xuất sắc");
            assertThat(classification.classification().get(0).share().text()).as(node).isEqualTo("63/73 (đạt 86,3%)");
            assertThat(classification.units()).as(node).isEqualTo(73);

            // With a kind too: the group's units of that kind (the 13 communes, xã Mỹ Hòa Khá).
            NodeRollup communes = RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), null, node, "COMMUNE",
                    ThapMuoiDistrict.MANAGED_BY_DISTRICT, NOW, code -> code);
            assertThat(communes.counts().expected()).as(node).isEqualTo(13);
            assertThat(figure(communes, ThapMuoiDistrict.CLASSIFICATION).provisional().classification().get(0).share().text())
                    .as(node).isEqualTo("12/13 (đạt 92,31%)");
        }
        NodeRollup whole = RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), null, ThapMuoiDistrict.THAP_MUOI, null, NOW,
                code -> code);
        assertThat(whole.counts().expected()).isEqualTo(163);
        assertThat(whole.groups()).containsExactly(
                new NodeRollup.GroupRef(ThapMuoiDistrict.MANAGED_BY_DISTRICT, ThapMuoiDistrict.MANAGED_BY_DISTRICT_NAME));
        assertThatThrownBy(() -> RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), null, ThapMuoiDistrict.THAP_MUOI, null,
                "khong-co", NOW, code -> code)).isInstanceOf(UnknownGroupException.class).hasMessageContaining("khong-co");
    }

    private static IndicatorTotal sessions(PlanPublished plan, Map<String, Contribution> contributions, String node) {
        NodeRollup rollup = RollupCalculator.compute(new PlanState(plan, contributions), OutlineMother.indicators357(), null, node, null,
                NOW, code -> code);
        return figure(rollup, SESSIONS);
    }

    static IndicatorTotal figure(NodeRollup rollup, String indicator) {
        return rollup.figures().stream().filter(f -> f.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no total for " + indicator));
    }

    /** Every unit of the plan submitted its figures, once. */
    static Map<String, Contribution> contributions(PlanPublished plan, Map<String, List<FigureValue>> figures) {
        Map<String, Contribution> contributions = new HashMap<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            List<FigureValue> own = figures.get(unit.code());
            if (own != null) {
                contributions.put(unit.code(), contribution(plan, unit.code(), submitted(1, own.toArray(FigureValue[]::new))));
            }
        }
        return contributions;
    }

    static Contribution contribution(PlanPublished plan, String unitCode, VersionFacts... versions) {
        Map<String, VersionFacts> byKey = new HashMap<>();
        for (VersionFacts v : versions) {
            byKey.put(Contribution.versionKey(v.version()), v);
        }
        return new Contribution(Contribution.idOf(plan.planId(), unitCode), plan.planId(), unitCode, byKey);
    }

    static VersionFacts submitted(int version, FigureValue... figures) {
        return new VersionFacts(version, "s-" + version, Instant.parse("2025-06-06T02:00:00Z"), false, new ArrayList<>(List.of(figures)),
                true, false, List.of(), List.of(), false, false);
    }

    static VersionFacts returned(VersionFacts v) {
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), v.late(), v.figures(), v.submitted(), v.withdrawn(),
                v.acceptedBy(), v.acceptedLevels(), true, v.finalized());
    }
}
