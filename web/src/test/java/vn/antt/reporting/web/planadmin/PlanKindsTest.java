package vn.antt.reporting.web.planadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanKindsTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 5, 28);
    private static final LocalDate FIRST_DAY_OF_TWO_LEVELS = LocalDate.of(2025, 7, 1);

    @Test
    void aPlanIssuedBeforeTheReformIsOfferedTheDistrictLevel() {
        assertThat(PlanKinds.reviewLevelsOn(BEFORE_REFORM, Map.of())).containsExactly("COMMUNE", "DISTRICT", "PROVINCE");
        assertThat(PlanKinds.communeChainOn(BEFORE_REFORM)).containsExactly("DISTRICT", "PROVINCE");
    }

    @Test
    void fromTheFirstDayOfTheTwoLevelsNoDistrictIsOfferedAndACommuneGoesToTheProvince() {
        assertThat(PlanKinds.reviewLevelsOn(FIRST_DAY_OF_TWO_LEVELS, Map.of("COMMUNE", List.of("PROVINCE"))))
                .containsExactly("COMMUNE", "PROVINCE");
        assertThat(PlanKinds.communeChainOn(FIRST_DAY_OF_TWO_LEVELS)).containsExactly("PROVINCE");
    }

    @Test
    void aStoredChainThatStillNamesADistrictShowsItSoThatItCanBeUnticked() {
        assertThat(PlanKinds.reviewLevelsOn(FIRST_DAY_OF_TWO_LEVELS, Map.of("COMMUNE", List.of("DISTRICT", "PROVINCE"))))
                .containsExactly("COMMUNE", "DISTRICT", "PROVINCE");
    }

    @Test
    void kindsAreNamedAsEverywhereElse() {
        assertThat(PlanKinds.name("MASS_ORGANISATION")).isEqualTo("Tổ chức chính trị - xã hội");
        assertThat(PlanKinds.level("DISTRICT")).isEqualTo("cấp huyện");
    }
}
