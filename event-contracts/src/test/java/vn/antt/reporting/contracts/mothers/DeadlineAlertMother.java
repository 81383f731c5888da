package vn.antt.reporting.contracts.mothers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;

/** Deadline alerts of plan 119/KH-UBND for huyện Sơn Tịnh, whose communes Tịnh Sơn and Tịnh Hà have not reported. */
public final class DeadlineAlertMother {

    private DeadlineAlertMother() {
    }

    public static List<MissingUnit> sonTinhCommunes() {
        return List.of(new MissingUnit(Units.TINH_SON, "Xã Tịnh Sơn", "COMMUNE"),
                new MissingUnit(Units.TINH_HA, "Thị trấn Tịnh Hà", "COMMUNE"));
    }

    public static DeadlineApproaching approaching() {
        return new DeadlineApproaching("kh-119-2025-qng|reminder|527|2025-06-09T17:00:00Z|PT24H", ReportSubmittedMother.PLAN_119,
                "119/KH-UBND", Units.SON_TINH, "Huyện Sơn Tịnh", PlanMother.DEADLINE_119, Duration.ofDays(1), sonTinhCommunes(),
                PlanMother.DEADLINE_119.minus(Duration.ofDays(1)));
    }

    public static ReportOverdue overdue() {
        return new ReportOverdue("kh-119-2025-qng|overdue|527|2025-06-09T17:00:00Z", ReportSubmittedMother.PLAN_119,
                "119/KH-UBND", Units.SON_TINH, "Huyện Sơn Tịnh", PlanMother.DEADLINE_119, sonTinhCommunes(), PlanMother.DEADLINE_119);
    }

    public static OverdueEscalated escalated() {
        Instant at = PlanMother.DEADLINE_119.plus(Duration.ofDays(1));
        return new OverdueEscalated("kh-119-2025-qng|escalation|527|2025-06-09T17:00:00Z", ReportSubmittedMother.PLAN_119,
                "119/KH-UBND", Units.SON_TINH, "Huyện Sơn Tịnh", Units.QUANG_NGAI, "Tỉnh Quảng Ngãi", PlanMother.DEADLINE_119,
                Duration.ofDays(1), sonTinhCommunes(), at);
    }
}
