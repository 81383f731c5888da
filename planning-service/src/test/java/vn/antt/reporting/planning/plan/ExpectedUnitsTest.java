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

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.platform.problem.FieldError;

/** Which units a plan's participants select on a day, without a store: listed codes, kinds within a unit, the errors. */
class ExpectedUnitsTest {

    private final ExpectedUnits expectedUnits = new ExpectedUnits(InMemoryUnits.quangNgai());

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of("the communes of the province", within(Units.QUANG_NGAI, UnitKind.COMMUNE), BEFORE_REFORM,
                        List.of(Units.BINH_HAI, Units.TINH_SON, Units.TINH_HA), List.of()),
                Arguments.of("the communes of one district", within(Units.SON_TINH, UnitKind.COMMUNE), BEFORE_REFORM,
                        List.of(Units.TINH_SON, Units.TINH_HA), List.of()),
                Arguments.of("communes and health stations", within(Units.SON_TINH, UnitKind.COMMUNE, UnitKind.HEALTH_STATION),
                        BEFORE_REFORM, List.of(Units.TINH_SON, Units.TINH_SON + "-TYT", Units.TINH_HA), List.of()),
                Arguments.of("a rule does not select the unit it is within", within(Units.QUANG_NGAI, UnitKind.PROVINCE),
                        BEFORE_REFORM, List.of(), List.of()),
                Arguments.of("a listed unit and a rule that selects it too: once",
                        new Participants(List.of(Units.TINH_SON), List.of(new Participants.Rule(Units.SON_TINH, List.of(UnitKind.COMMUNE)))),
                        BEFORE_REFORM, List.of(Units.TINH_SON, Units.TINH_HA), List.of()),
                Arguments.of("a listed code no unit has", new Participants(List.of(Units.TINH_HA, "99999"), List.of()), BEFORE_REFORM,
                        List.of(Units.TINH_HA), List.of("participants.units[1]: no unit 99999 exists on 2025-06-01")),
                Arguments.of("after the reform the district is gone", within(Units.SON_TINH, UnitKind.COMMUNE), AFTER_REFORM,
                        List.of(), List.of("participants.rules[0].within: no unit 527 exists on 2025-07-01")),
                Arguments.of("after the reform only the units still open", within(Units.QUANG_NGAI, UnitKind.COMMUNE), AFTER_REFORM,
                        List.of(Units.BINH_HAI), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selections")
    void participantsSelectTheUnitsOfTheDay(String what, Participants participants, LocalDate day, List<String> codes,
                                            List<String> errors) {
        List<FieldError> found = new ArrayList<>();

        List<ExpectedUnit> selected = expectedUnits.resolve(participants, day, found);

        assertThat(selected).extracting(ExpectedUnit::code).containsExactlyElementsOf(codes);
        assertThat(found).extracting(e -> e.field() + ": " + e.message()).containsExactlyElementsOf(errors);
    }

    private static Participants within(String unit, UnitKind... kinds) {
        return new Participants(List.of(), List.of(new Participants.Rule(unit, List.of(kinds))));
    }
}
