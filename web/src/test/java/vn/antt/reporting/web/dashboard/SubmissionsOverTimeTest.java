package vn.antt.reporting.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.UnitStandingInfo;

class SubmissionsOverTimeTest {

    /** 10/6/2025 00:00 +07:00, plan 119's deadline. */
    private static final Instant DEADLINE = Instant.parse("2025-06-09T17:00:00Z");

    private static UnitStandingInfo unit(String code, String submittedAt) {
        return new UnitStandingInfo(code, code, "COMMUNE", List.of("51", "527"), DEADLINE,
                submittedAt == null ? "NOT_SUBMITTED" : "SUBMITTED", submittedAt == null ? null : 1, null,
                submittedAt == null ? null : Instant.parse(submittedAt), false, false, null, null);
    }

    @Test
    void reportsAreCountedOnTheirDayInVietnamAndAddUpTowardsTheExpected() {
        List<UnitStandingInfo> units = List.of(
                // 23:30 on 5/6 in UTC is 06:30 on 6/6 in Vietnam.
                unit("21217", "2025-06-05T23:30:00Z"),
                unit("21220", "2025-06-06T02:00:00Z"),
                unit("21223", "2025-06-08T10:00:00Z"),
                // After the deadline (11/6 in Vietnam).
                unit("21226", "2025-06-11T01:00:00Z"),
                unit("21229", null));

        SubmissionsOverTime overTime = SubmissionsOverTime.of(units, DEADLINE, LocalDate.of(2025, 6, 12));

        assertThat(overTime.expected()).isEqualTo(5);
        assertThat(overTime.deadline()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(overTime.days()).extracting(SubmissionsOverTime.Day::label)
                .containsExactly("06/06/2025", "07/06/2025", "08/06/2025", "09/06/2025", "10/06/2025", "11/06/2025", "12/06/2025");
        assertThat(overTime.days()).extracting(SubmissionsOverTime.Day::sent).containsExactly(2L, 0L, 1L, 0L, 0L, 1L, 0L);
        assertThat(overTime.days()).extracting(SubmissionsOverTime.Day::total).containsExactly(2L, 2L, 3L, 3L, 3L, 4L, 4L);
        assertThat(overTime.days()).extracting(SubmissionsOverTime.Day::afterDeadline)
                .containsExactly(false, false, false, false, false, true, true);
        assertThat(overTime.deadlineLabel()).isEqualTo("10/06/2025");
    }

    @Test
    void daysToComeUntilTheDeadlineAreShownEmpty() {
        SubmissionsOverTime overTime = SubmissionsOverTime.of(List.of(unit("21217", "2025-06-06T02:00:00Z")), DEADLINE,
                LocalDate.of(2025, 6, 7));
        assertThat(overTime.days()).hasSize(5);
        assertThat(overTime.passed()).extracting(SubmissionsOverTime.Day::label).containsExactly("06/06/2025", "07/06/2025");
        assertThat(overTime.chart().get("totals")).isEqualTo(java.util.Arrays.asList(1L, 1L, null, null, null));
        assertThat(overTime.chart().get("deadline")).isEqualTo("10/06/2025");
    }

    @Test
    void nothingSentMeansNoDaysAndALongCampaignShowsItsLastDaysWithTheEarlierTotal() {
        assertThat(SubmissionsOverTime.of(List.of(unit("21229", null)), DEADLINE, LocalDate.of(2025, 6, 7)).days()).isEmpty();

        List<UnitStandingInfo> units = new ArrayList<>();
        units.add(unit("a", "2025-01-01T02:00:00Z"));
        units.add(unit("b", "2025-06-06T02:00:00Z"));
        SubmissionsOverTime overTime = SubmissionsOverTime.of(units, DEADLINE, LocalDate.of(2025, 6, 10));
        assertThat(overTime.days()).hasSize(SubmissionsOverTime.MAX_DAYS);
        assertThat(overTime.days().get(0).total()).as("the early report is in the running total").isEqualTo(1);
        assertThat(overTime.days().get(overTime.days().size() - 1).total()).isEqualTo(2);
    }
}
