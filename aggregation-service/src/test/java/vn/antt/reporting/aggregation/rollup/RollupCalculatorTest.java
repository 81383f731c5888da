package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
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
    void theUnitsBelowEveryNodeListedOnceGiveEveryNodesRollupExactly(Layout layout) {
        PlanPublished lastYear = ThapMuoiDistrict.plan("bcd-138-2022-thap-muoi", 2022, layout).build();
        PlanPublished plan = ThapMuoiDistrict.plan("bcd-138-2023-thap-muoi", 2023, layout).comparedWith(lastYear.planId()).build();
        PlanState state = new PlanState(plan, contributions(plan, ThapMuoiDistrict.figures2023()));
        PlanState previous = new PlanState(lastYear, contributions(lastYear, ThapMuoiDistrict.figures2022()));
        PlanState indexed = state.indexed();

        assertThat(indexed.unitsByNode()).isNotNull();
        assertThat(RollupService.nodesOf(plan)).hasSizeGreaterThan(100);
        for (String node : RollupService.nodesOf(plan)) {
            for (String kind : java.util.Arrays.asList(null, "COMMUNE", "HAMLET")) {
                assertThat(RollupCalculator.compute(indexed, ThapMuoiDistrict.indicators(), previous.indexed(), node, kind, NOW, code -> code))
                        .as(node + " " + kind)
                        .isEqualTo(RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), previous, node, kind, NOW, code -> code));
            }
            NodeRollup group = RollupCalculator.compute(indexed, ThapMuoiDistrict.indicators(), null, node, null,
                    ThapMuoiDistrict.MANAGED_BY_DISTRICT, NOW, code -> code);
            assertThat(group).as(node).isEqualTo(RollupCalculator.compute(state, ThapMuoiDistrict.indicators(), null, node, null,
                    ThapMuoiDistrict.MANAGED_BY_DISTRICT, NOW, code -> code));
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

    /** Where one commune's report stands, as the counts of its node say it (plan 119, deadline 10/6/2025). */
    static Stream<Arguments> standings() {
        Instant before = PlanMother.DEADLINE_119.minus(Duration.ofDays(1));
        Instant after = PlanMother.DEADLINE_119.plus(Duration.ofDays(1));
        VersionFacts v1 = submitted(1, FigureValue.exact(SESSIONS, 10));
        return Stream.of(
                Arguments.of("nothing yet, before the deadline", List.of(), before,
                        "submitted 0, on time 0, late 0, missing 1, overdue 0, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("nothing at the deadline", List.of(), PlanMother.DEADLINE_119,
                        "submitted 0, on time 0, late 0, missing 1, overdue 1, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("in on time", List.of(v1), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("in late", List.of(late(v1)), after,
                        "submitted 1, on time 0, late 1, missing 0, overdue 0, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("accepted by the district", List.of(accepted(v1, 1)), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 1, returned 0, final 0, levels {1=1}"),
                Arguments.of("final at the province", List.of(finalized(accepted(v1, 1, 2))), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 1, returned 0, final 1, levels {1=1, 2=1}"),
                Arguments.of("returned", List.of(returned(v1)), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 0, returned 1, final 0, levels {}"),
                Arguments.of("returned, then resubmitted", List.of(returned(v1), submitted(2)), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("late, returned, resubmitted: still late (judged on the first version)",
                        List.of(returned(late(v1)), submitted(2)), after,
                        "submitted 1, on time 0, late 1, missing 0, overdue 0, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("withdrawn, past the deadline", List.of(withdrawn(v1)), after,
                        "submitted 0, on time 0, late 0, missing 1, overdue 1, accepted 0, returned 0, final 0, levels {}"),
                Arguments.of("withdrawn, then submitted again", List.of(withdrawn(v1), submitted(2)), after,
                        "submitted 1, on time 1, late 0, missing 0, overdue 0, accepted 0, returned 0, final 0, levels {}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standings")
    void theCountsSayWhereAUnitsReportStands(String standing, List<VersionFacts> versions, Instant now, String counts) {
        PlanPublished plan = PlanMother.plan119().expected(List.of(PlanMother.unit(Units.tinhSon()))).build();
        Map<String, Contribution> contributions = versions.isEmpty() ? Map.of()
                : Map.of(Units.TINH_SON, contribution(plan, Units.TINH_SON, versions.toArray(VersionFacts[]::new)));

        NodeRollup.Counts computed = RollupCalculator.counts(new PlanState(plan, contributions), plan.expectedUnits(), now);

        assertThat(computed.expected()).isEqualTo(1);
        assertThat("submitted %d, on time %d, late %d, missing %d, overdue %d, accepted %d, returned %d, final %d, levels %s".formatted(
                count(computed.submitted()), count(computed.submittedOnTime()), count(computed.submittedLate()),
                count(computed.notSubmitted()), count(computed.overdue()), count(computed.accepted()), count(computed.returned()),
                count(computed.finalized()), levels(computed.acceptedAtLevel()))).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            120 | 100 | tăng 20% so với cùng kỳ năm 2024 (120/100 lượt)
             90 | 120 | giảm 25% so với cùng kỳ năm 2024 (90/120 lượt)
              1 |   3 | giảm 66,7% so với cùng kỳ năm 2024 (1/3 lượt)
            100 | 100 | bằng cùng kỳ năm 2024 (100/100 lượt)
              7 |   0 | tăng 7 lượt so với cùng kỳ năm 2024 (7/0 lượt)
              - |  12 | giảm 100% so với cùng kỳ năm 2024 (0/12 lượt)
            """)
    void aCountIsComparedWithTheSamePeriodOfTheComparisonPlan(Integer now, int before, String text) {
        PlanPublished lastYear = PlanMother.plan119().id("kh-118-2024-qng").period(LocalDate.of(2014, 11, 9), LocalDate.of(2024, 5, 10))
                .build();
        PlanPublished plan = PlanMother.plan119().comparedWith(lastYear.planId()).build();
        Map<String, Contribution> current = now == null ? Map.of()
                : Map.of(Units.TINH_SON, contribution(plan, Units.TINH_SON, submitted(1, FigureValue.exact(SESSIONS, now))));
        Map<String, Contribution> previous = Map.of(Units.TINH_SON,
                contribution(lastYear, Units.TINH_SON, submitted(1, FigureValue.exact(SESSIONS, before))));

        NodeRollup rollup = RollupCalculator.compute(new PlanState(plan, current), OutlineMother.indicators357(),
                new PlanState(lastYear, previous), Units.QUANG_NGAI, null, NOW, code -> code);

        assertThat(figure(rollup, SESSIONS).comparison().text()).isEqualTo(text);
        assertThat(figure(rollup, SESSIONS).comparison().comparisonPlanId()).isEqualTo(lastYear.planId());
    }

    @Test
    void withoutAFigureLastYearThereIsNothingToCompare() {
        PlanPublished lastYear = PlanMother.plan119().id("kh-118-2024-qng").build();
        PlanPublished plan = PlanMother.plan119().comparedWith(lastYear.planId()).build();
        Map<String, Contribution> current = Map.of(Units.TINH_SON,
                contribution(plan, Units.TINH_SON, submitted(1, FigureValue.exact(SESSIONS, 5))));

        NodeRollup rollup = RollupCalculator.compute(new PlanState(plan, current), OutlineMother.indicators357(),
                new PlanState(lastYear, Map.of()), Units.QUANG_NGAI, null, NOW, code -> code);

        assertThat(figure(rollup, SESSIONS).comparison()).isNull();
        assertThat(figure(rollup, SESSIONS).provisional().text()).isEqualTo("5 lượt");
    }

    private static long count(Rate rate) {
        return rate.count().longValueExact();
    }

    private static String levels(Map<Integer, Rate> atLevel) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        atLevel.forEach((level, rate) -> counts.put(level, count(rate)));
        return counts.toString();
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

    static VersionFacts late(VersionFacts v) {
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), true, v.figures(), v.submitted(), v.withdrawn(),
                v.acceptedBy(), v.acceptedLevels(), v.returned(), v.finalized());
    }

    static VersionFacts withdrawn(VersionFacts v) {
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), v.late(), v.figures(), false, true,
                v.acceptedBy(), v.acceptedLevels(), v.returned(), v.finalized());
    }

    /** Accepted at the levels given, by the district (level 1) and the province (level 2). */
    static VersionFacts accepted(VersionFacts v, Integer... levels) {
        List<String> by = Stream.of(levels).map(l -> l == 1 ? Units.SON_TINH : Units.QUANG_NGAI).toList();
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), v.late(), v.figures(), v.submitted(), v.withdrawn(),
                by, List.of(levels), v.returned(), v.finalized());
    }

    static VersionFacts finalized(VersionFacts v) {
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), v.late(), v.figures(), v.submitted(), v.withdrawn(),
                v.acceptedBy(), v.acceptedLevels(), v.returned(), true);
    }

    static VersionFacts returned(VersionFacts v) {
        return new VersionFacts(v.version(), v.submissionId(), v.submittedAt(), v.late(), v.figures(), v.submitted(), v.withdrawn(),
                v.acceptedBy(), v.acceptedLevels(), true, v.finalized());
    }
}
