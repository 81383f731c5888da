package vn.antt.reporting.aggregation.export;

import java.time.Instant;
import java.util.Optional;

import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.VersionFacts;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;

/**
 * Where one expected unit stands, as the status sheet shows it; derived from its contribution the way the roll-up's
 * counts are (a finalized version counts as final, else a returned one as returned, else an accepted one as accepted).
 */
public enum UnitStanding {
    NOT_SUBMITTED("Chưa nộp"),
    OVERDUE("Quá hạn, chưa nộp"),
    WITHDRAWN("Đã rút báo cáo"),
    SUBMITTED("Đã nộp, chờ thẩm định"),
    RETURNED("Trả lại để hoàn thiện"),
    ACCEPTED("Đã tiếp nhận"),
    FINAL("Hoàn tất");

    private final String label;

    UnitStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UnitStanding of(PlanPublished plan, ExpectedUnit unit, Optional<Contribution> contribution, Instant now) {
        Optional<VersionFacts> current = contribution.flatMap(Contribution::current);
        if (current.isEmpty()) {
            boolean withdrawn = contribution.map(c -> !c.versions().isEmpty()).orElse(false)
                    && contribution.get().versions().values().stream().anyMatch(VersionFacts::withdrawn);
            if (!now.isBefore(plan.effectiveDeadline(unit.code(), unit.ancestry()))) {
                return OVERDUE;
            }
            return withdrawn ? WITHDRAWN : NOT_SUBMITTED;
        }
        VersionFacts version = current.get();
        if (version.finalized()) {
            return FINAL;
        }
        if (version.returned()) {
            return RETURNED;
        }
        return version.accepted() ? ACCEPTED : SUBMITTED;
    }
}
