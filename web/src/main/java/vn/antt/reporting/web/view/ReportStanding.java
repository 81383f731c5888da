package vn.antt.reporting.web.view;

import java.util.List;
import java.util.function.Function;

import vn.antt.reporting.web.api.StatusChange;
import vn.antt.reporting.web.api.SubmissionInfo;

/**
 * Where a unit's report for a plan stands, in the words the clerk reads on the home page: chưa gửi, bản nháp, đã gửi,
 * bị trả lại, đã chấp nhận ở cấp …, hoàn tất (and đã rút). The badge's colour goes with it.
 *
 * @param tone a Bootstrap colour: secondary, info, primary, danger, success, warning
 */
public record ReportStanding(String text, String tone, SubmissionInfo latest) {

    /**
     * @param hasDraft  whether the unit has a draft now
     * @param versions  its submitted versions, oldest first
     * @param unitNames the name of a reviewing unit by its code
     */
    public static ReportStanding of(boolean hasDraft, List<SubmissionInfo> versions, Function<String, String> unitNames) {
        SubmissionInfo latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (latest == null) {
            return hasDraft ? new ReportStanding("Bản nháp", "info", null) : new ReportStanding("Chưa gửi", "secondary", null);
        }
        return switch (latest.status()) {
            case "SUBMITTED" -> new ReportStanding("Đã gửi", "primary", latest);
            case "RETURNED" -> new ReportStanding(hasDraft ? "Bị trả lại (đang sửa bản nháp)" : "Bị trả lại", "danger", latest);
            case "IN_REVIEW" -> new ReportStanding("Đã chấp nhận ở cấp " + acceptedAt(latest, unitNames), "success", latest);
            case "FINAL" -> new ReportStanding("Hoàn tất", "success", latest);
            case "WITHDRAWN" -> new ReportStanding(hasDraft ? "Bản nháp" : "Đã rút", hasDraft ? "info" : "warning", latest);
            default -> new ReportStanding(latest.status(), "secondary", latest);
        };
    }

    private static String acceptedAt(SubmissionInfo latest, Function<String, String> unitNames) {
        StatusChange accepted = latest.history().stream().filter(change -> "IN_REVIEW".equals(change.to()))
                .reduce((a, b) -> b).orElse(null);
        return accepted == null || accepted.unitCode() == null ? "dưới" : unitNames.apply(accepted.unitCode());
    }

    /** A version's own status as its page names it. */
    public static String statusName(String status) {
        return switch (status == null ? "" : status) {
            case "SUBMITTED" -> "Đã gửi";
            case "IN_REVIEW" -> "Đang thẩm định (đã được chấp nhận ở cấp dưới)";
            case "RETURNED" -> "Bị trả lại";
            case "FINAL" -> "Hoàn tất";
            case "WITHDRAWN" -> "Đã rút";
            default -> "Mới";
        };
    }
}
