package vn.antt.reporting.aggregation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;

/** Who the deadline alerts of a plan go to, and when, at fixed instants (the schedule is a pure function of the plan). */
class DeadlineScheduleTest {

    private static final List<Duration> REMINDERS = List.of(Duration.ofDays(3), Duration.ofDays(1));
    private static final Function<String, String> DIRECTORY = Map.of(Units.QUANG_NGAI, "PROVINCE", Units.SON_TINH, "DISTRICT",
            Units.BINH_SON, "DISTRICT", Units.TINH_SON, "COMMUNE")::get;
    /** The directory's tree above a supervisor. */
    private static final Function<String, String> PARENT = Map.of(Units.SON_TINH, Units.QUANG_NGAI, Units.BINH_SON, Units.QUANG_NGAI,
            Units.TINH_SON, Units.SON_TINH)::get;

    private static List<AlertSlot> slots(PlanPublished plan) {
        return DeadlineSchedule.slotsOf(plan, REMINDERS, Duration.ofDays(1), DIRECTORY, PARENT);
    }

    private static List<ExpectedUnit> tinhSonWithItsHealthStationAndAnEnterprise() {
        return List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhSonHealthStation()),
                PlanMother.unit(QuangNgaiHierarchy.provincialUnits().get(0)));
    }

    @Test
    void aHealthStationUnderACommuneIsRemindedAndOverdueAtItsDistrictInAThreeLevelChainAndEscalatedToTheProvince() {
        PlanPublished plan = PlanMother.plan119().expected(tinhSonWithItsHealthStationAndAnEnterprise())
                .chain("HEALTH_STATION", "DISTRICT", "PROVINCE").build();
        List<AlertSlot> overdue = slots(plan).stream().filter(s -> s.kind() == AlertKind.OVERDUE).toList();
        assertThat(overdue).extracting(s -> s.supervisor() + ": " + s.units().stream().map(ExpectedUnit::code).toList())
                .containsExactly(Units.SON_TINH + ": [" + Units.TINH_SON + ", " + Units.TINH_SON + "-TYT]",
                        Units.QUANG_NGAI + ": [51-DN-0001]");
        assertThat(slots(plan)).filteredOn(s -> s.kind() == AlertKind.ESCALATION)
                .extracting(s -> s.supervisor() + " → " + s.escalateTo()).containsExactly(Units.SON_TINH + " → " + Units.QUANG_NGAI);
        assertThat(slots(plan)).noneMatch(s -> s.supervisor().equals(Units.TINH_SON));
    }

    @Test
    void inATwoLevelChainOrWithoutAChainForItsKindTheProvinceIsTold() {
        PlanPublished twoLevels = PlanMother.plan119().expected(tinhSonWithItsHealthStationAndAnEnterprise()).twoLevelChain()
                .chain("HEALTH_STATION", "PROVINCE").build();
        PlanPublished noChain = PlanMother.plan119().expected(tinhSonWithItsHealthStationAndAnEnterprise()).build();
        for (PlanPublished plan : List.of(twoLevels, noChain)) {
            AlertSlot station = slots(plan).stream()
                    .filter(s -> s.kind() == AlertKind.OVERDUE && s.units().stream().anyMatch(u -> u.code().endsWith("-TYT")))
                    .findFirst().orElseThrow();
            assertThat(station.supervisor()).isEqualTo(Units.QUANG_NGAI);
        }
        // No level above the province: no escalation.
        assertThat(slots(twoLevels)).noneMatch(s -> s.kind() == AlertKind.ESCALATION);
    }

    @Test
    void ofSeveralRemindersDueAtOnceOnlyTheLatestIsRaised() {
        Instant deadline = PlanMother.DEADLINE_119;
        PlanPublished plan = PlanMother.plan119().expected(List.of(PlanMother.unit(Units.tinhSon()))).build();
        List<AlertSlot> slots = slots(plan);

        // Issued 12 hours before the deadline: the 3-day and the 1-day reminder are both due; one is raised.
        assertThat(DeadlineSchedule.due(slots, deadline.minus(Duration.ofHours(12))))
                .extracting(AlertSlot::alertId).containsExactly(plan.planId() + "|reminder|527|" + deadline + "|PT24H");
        // Two days before: the 3-day one alone; a day later the 1-day one.
        assertThat(DeadlineSchedule.due(slots, deadline.minus(Duration.ofDays(2))))
                .extracting(AlertSlot::alertId).containsExactly(plan.planId() + "|reminder|527|" + deadline + "|PT72H");
        // At the cutoff: no reminder, the overdue alert.
        assertThat(DeadlineSchedule.due(slots, deadline)).extracting(AlertSlot::kind).containsExactly(AlertKind.OVERDUE);
    }

    @ParameterizedTest(name = "deadline {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -P4D   | none
            -PT72H | reminder PT72H
            -P2D   | reminder PT72H
            -PT24H | reminder PT24H
            -PT1S  | reminder PT24H
            PT0S   | overdue
            PT23H  | overdue
            PT24H  | overdue, escalation → 51
            P10D   | overdue, escalation → 51
            """)
    void aCommunesAlertsFallDueAroundItsDeadlineAndStayDueUntilRaised(Duration fromDeadline, String due) {
        PlanPublished plan = PlanMother.plan119().expected(List.of(PlanMother.unit(Units.tinhSon()))).build();

        List<AlertSlot> slots = DeadlineSchedule.due(slots(plan), PlanMother.DEADLINE_119.plus(fromDeadline));

        assertThat(slots).allMatch(s -> s.supervisor().equals(Units.SON_TINH));
        assertThat(slots.isEmpty() ? "none" : slots.stream().map(s -> s.kind().name().toLowerCase()
                + (s.kind() == AlertKind.REMINDER ? " " + s.offset() : "")
                + (s.kind() == AlertKind.ESCALATION ? " → " + s.escalateTo() : "")).collect(Collectors.joining(", "))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: told to {1} at deadline {2}")
    @CsvSource(delimiter = '|', textBlock = """
            21217 | 527 | -P3D
            21220 | 527 | P2D
            21067 | 524 | PT0S
            """)
    void eachUnitIsOverdueAtItsEffectiveDeadlineWithTheUnitsThatShareIt(String unit, String supervisor, Duration fromDeadline) {
        // Sơn Tịnh wants its communes' reports three days early; Tịnh Hà has an extension of two days past the plan's.
        PlanPublished plan = PlanMother.plan119().internalDeadline(Units.SON_TINH, PlanMother.DEADLINE_119.minus(Duration.ofDays(3)))
                .extension(Units.TINH_HA, PlanMother.DEADLINE_119.plus(Duration.ofDays(2)), "Bão số 1").build();
        List<AlertSlot> overdue = slots(plan).stream().filter(s -> s.kind() == AlertKind.OVERDUE).toList();

        AlertSlot slot = overdue.stream().filter(s -> s.units().stream().anyMatch(u -> u.code().equals(unit))).findFirst().orElseThrow();

        assertThat(overdue).hasSize(3);
        assertThat(slot.supervisor()).isEqualTo(supervisor);
        assertThat(slot.deadline()).isEqualTo(PlanMother.DEADLINE_119.plus(fromDeadline))
                .isEqualTo(plan.effectiveDeadline(unit, slot.units().get(0).ancestry()));
        assertThat(slot.units()).extracting(ExpectedUnit::code).containsExactly(unit);
        assertThat(slots(plan)).filteredOn(s -> s.kind() == AlertKind.REMINDER && s.units().equals(slot.units()))
                .extracting(AlertSlot::dueAt).containsExactly(slot.deadline().minus(Duration.ofDays(3)), slot.deadline().minus(Duration.ofDays(1)));
    }
}
