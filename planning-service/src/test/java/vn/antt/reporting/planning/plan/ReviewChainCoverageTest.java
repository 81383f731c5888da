package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.reporting.planning.plan.InMemoryUnits.AFTER_REFORM;
import static vn.antt.reporting.planning.plan.InMemoryUnits.BEFORE_REFORM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.platform.problem.FieldError;

/** Whether review chains cover the expected units on a day, without a store: a chain per kind, each level above the unit. */
class ReviewChainCoverageTest {

    private static final ReviewChain COMMUNES_BY_DISTRICT_AND_PROVINCE = new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE"));
    private static final ReviewChain COMMUNES_BY_PROVINCE = new ReviewChain("COMMUNE", List.of("PROVINCE"));
    private static final ReviewChain HEALTH_STATIONS_BY_DISTRICT = new ReviewChain("HEALTH_STATION", List.of("DISTRICT"));

    private final ReviewChainCoverage coverage = new ReviewChainCoverage(InMemoryUnits.quangNgai());

    static Stream<Arguments> coverages() {
        ExpectedUnit tinhSon = PlanMother.unit(Units.tinhSon());
        ExpectedUnit tinhHa = PlanMother.unit(Units.tinhHa());
        ExpectedUnit station = PlanMother.unit(Units.tinhSonHealthStation());
        return Stream.of(
                Arguments.of("district and province above every commune", List.of(COMMUNES_BY_DISTRICT_AND_PROVINCE),
                        List.of(tinhSon, tinhHa), BEFORE_REFORM, List.of()),
                Arguments.of("a kind without a chain, reported once", List.of(COMMUNES_BY_DISTRICT_AND_PROVINCE),
                        List.of(tinhSon, station, tinhHa), BEFORE_REFORM,
                        List.of("reviewChains: no review chain for units of kind HEALTH_STATION (e.g. 21217-TYT)")),
                Arguments.of("one chain per kind", List.of(COMMUNES_BY_DISTRICT_AND_PROVINCE, HEALTH_STATIONS_BY_DISTRICT),
                        List.of(tinhSon, station), BEFORE_REFORM, List.of()),
                Arguments.of("after the reform no district is above the communes, reported once",
                        List.of(COMMUNES_BY_DISTRICT_AND_PROVINCE), List.of(tinhSon, tinhHa), AFTER_REFORM,
                        List.of("reviewChains: unit 21217 (COMMUNE) has no DISTRICT above it to review it")),
                Arguments.of("after the reform the province reviews the communes", List.of(COMMUNES_BY_PROVINCE),
                        List.of(tinhSon, tinhHa), AFTER_REFORM, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coverages")
    void everyExpectedUnitHasItsChainsLevelsAboveIt(String what, List<ReviewChain> chains, List<ExpectedUnit> expected,
                                                    LocalDate day, List<String> errors) {
        List<FieldError> found = new ArrayList<>();

        coverage.check(chains, expected, day, found);

        assertThat(found).extracting(e -> e.field() + ": " + e.message()).containsExactlyElementsOf(errors);
    }
}
