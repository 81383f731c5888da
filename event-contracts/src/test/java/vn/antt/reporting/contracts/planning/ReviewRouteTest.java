package vn.antt.reporting.contracts.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.SonTinhCompilation;
import vn.antt.reporting.contracts.mothers.ThapMuoiDistrict;
import vn.antt.reporting.contracts.mothers.ThapMuoiDistrict.Layout;
import vn.antt.reporting.contracts.mothers.Units;

/** The one definition of review levels and compilations, on real shapes of the directory. */
class ReviewRouteTest {

    private static final Function<String, String> DIRECTORY = Map.of(Units.QUANG_NGAI, "PROVINCE", Units.SON_TINH, "DISTRICT",
            Units.BINH_SON, "DISTRICT", ThapMuoiDistrict.DONG_THAP, "PROVINCE", ThapMuoiDistrict.THAP_MUOI, "DISTRICT")::get;

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theUnitsADistrictCompilesAreTheUnitsItsRollupSums(Layout layout) {
        PlanPublished plan = ThapMuoiDistrict.plan("bcd-138-2023", 2023, layout).build();
        Function<String, String> kinds = ReviewRoute.kindsOf(plan, DIRECTORY);
        Set<String> compiling = ReviewRoute.compilingUnits(plan);
        List<String> compiled = plan.expectedUnits().stream()
                .filter(u -> ReviewRoute.compiledDirectlyBy(compiling, ReviewRoute.levelsOf(plan, u, kinds), ThapMuoiDistrict.THAP_MUOI))
                .map(ExpectedUnit::code).toList();
        List<String> summed = ReviewRoute.reportingOwnFigures(plan, plan.expectedUnits().stream()
                .filter(u -> u.ancestry().contains(ThapMuoiDistrict.THAP_MUOI)).toList()).stream().map(ExpectedUnit::code).toList();
        assertThat(compiled).hasSize(163).containsExactlyElementsOf(summed);
    }

    @Test
    void aCommuneIsNotACompilationWhateverHangsBelowItAndAnExpectedDistrictIs() {
        PlanPublished plan = SonTinhCompilation.plan().build();
        assertThat(ReviewRoute.reportingOwnFigures(plan, plan.expectedUnits())).extracting(ExpectedUnit::code)
                .containsExactly(Units.TINH_SON, Units.tinhSonHealthStation().code(), Units.TINH_HA);
        Set<String> compiling = ReviewRoute.compilingUnits(plan);
        assertThat(compiling).containsExactly(Units.SON_TINH);
        // The province takes the district's compiled report, not the communes the district already carries.
        ExpectedUnit tinhSon = PlanMother.unit(Units.tinhSon());
        List<ReviewRoute.Level> levels = ReviewRoute.levelsOf(plan, tinhSon, ReviewRoute.kindsOf(plan, DIRECTORY));
        assertThat(levels).containsExactly(new ReviewRoute.Level(1, Units.SON_TINH, "DISTRICT"),
                new ReviewRoute.Level(2, Units.QUANG_NGAI, "PROVINCE"));
        assertThat(ReviewRoute.compiledDirectlyBy(compiling, levels, Units.SON_TINH)).isTrue();
        assertThat(ReviewRoute.compiledDirectlyBy(compiling, levels, Units.QUANG_NGAI)).isFalse();
    }

    @Test
    void aTwoLevelChainSkipsTheDistrictAndAKindWithoutAChainGoesToTheRecipient() {
        PlanPublished plan = PlanMother.plan119().twoLevelChain().build();
        assertThat(ReviewRoute.levelsOf(plan, PlanMother.unit(Units.tinhSonHealthStation()), DIRECTORY))
                .containsExactly(new ReviewRoute.Level(1, Units.QUANG_NGAI, ReviewRoute.RECIPIENT));
        assertThat(ReviewRoute.levelsOf(plan, PlanMother.unit(Units.tinhSon()), DIRECTORY))
                .containsExactly(new ReviewRoute.Level(1, Units.QUANG_NGAI, "PROVINCE"));
        assertThat(ReviewRoute.compiles(plan, "DISTRICT")).isFalse();
        assertThat(ReviewRoute.compiles(plan, "PROVINCE")).isTrue();
    }
}
