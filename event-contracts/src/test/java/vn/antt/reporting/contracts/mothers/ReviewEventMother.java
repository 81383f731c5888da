package vn.antt.reporting.contracts.mothers;

import java.util.List;

import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.contracts.submission.ReportSubmitted;

/** Review events about a submitted version: Sơn Tịnh district (level 1) and the province (level 2) acting on Tịnh Sơn's report. */
public final class ReviewEventMother {

    private ReviewEventMother() {
    }

    public static ReportAccepted acceptedByDistrict(ReportSubmitted submitted) {
        return new ReportAccepted(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), 1,
                Units.SON_TINH, "canbo.sontinh", submitted.submittedAt().plusSeconds(86_400), false);
    }

    public static ReportAccepted acceptedByProvince(ReportSubmitted submitted) {
        return new ReportAccepted(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), 2,
                Units.QUANG_NGAI, "canbo.congantinh", submitted.submittedAt().plusSeconds(2 * 86_400), true);
    }

    public static ReportReturned returnedByDistrict(ReportSubmitted submitted) {
        return new ReportReturned(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), 1,
                Units.SON_TINH, "canbo.sontinh", submitted.submittedAt().plusSeconds(86_400),
                "Số liệu kinh phí chưa khớp, đề nghị rà soát lại",
                List.of(new ReturnNote("II.2.1", "budget.total", "Tổng kinh phí không bằng tổng các khoản thành phần")),
                submitted.unit().code());
    }

    /** Accepted at any level of the chain, by the reviewing unit of that level. */
    public static ReportAccepted accepted(ReportSubmitted submitted, int level, String levelUnitCode, boolean finalAcceptance) {
        return new ReportAccepted(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), level,
                levelUnitCode, "canbo." + levelUnitCode, submitted.submittedAt().plusSeconds(level * 86_400L), finalAcceptance);
    }

    /** Returned to the submitting unit by the reviewing unit of {@code level}. */
    public static ReportReturned returned(ReportSubmitted submitted, int level, String levelUnitCode) {
        return new ReportReturned(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), level,
                levelUnitCode, "canbo." + levelUnitCode, submitted.submittedAt().plusSeconds(level * 86_400L),
                "Đề nghị bổ sung số liệu", List.of(), submitted.unit().code());
    }

    public static ReportFinalized finalized(ReportSubmitted submitted) {
        return new ReportFinalized(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(),
                List.of(Units.SON_TINH, Units.QUANG_NGAI), "canbo.congantinh", submitted.submittedAt().plusSeconds(2 * 86_400));
    }

    /** The province (the final level) reopens the final version: the unit must correct a figure. */
    public static ReportReopened reopenedByProvince(ReportSubmitted submitted) {
        return new ReportReopened(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), 2,
                Units.QUANG_NGAI, "canbo.congantinh", submitted.submittedAt().plusSeconds(5 * 86_400),
                "Phát hiện sai sót số liệu vụ án sau khi tổng hợp, đề nghị đơn vị báo cáo lại");
    }

    /** Sơn Tịnh has not reviewed within the plan's 3 days. */
    public static ReviewOverdue overdueAtDistrict(ReportSubmitted submitted) {
        return new ReviewOverdue(submitted.planId(), submitted.unit(), submitted.submissionId(), submitted.version(), 1,
                Units.SON_TINH, submitted.submittedAt(), submitted.submittedAt().plusSeconds(3 * 86_400),
                submitted.submittedAt().plusSeconds(3 * 86_400 + 60));
    }
}
