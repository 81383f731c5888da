package vn.antt.reporting.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.StatusChange;
import vn.antt.reporting.web.api.SubmissionInfo;

class ReportStandingTest {

    private static SubmissionInfo version(String status, StatusChange... history) {
        return new SubmissionInfo("s1", "kh-119", null, 1, status, null, null, null, null, null, false, Instant.EPOCH, "vanthu.tinhson",
                List.of(history), null);
    }

    @Test
    void theHomePageSaysWhereTheReportStandsInTheClerksWords() {
        assertThat(ReportStanding.of(false, List.of(), code -> code).text()).isEqualTo("Chưa gửi");
        assertThat(ReportStanding.of(true, List.of(), code -> code).text()).isEqualTo("Bản nháp");
        assertThat(ReportStanding.of(false, List.of(version("SUBMITTED")), code -> code).text()).isEqualTo("Đã gửi");
        assertThat(ReportStanding.of(false, List.of(version("RETURNED")), code -> code).text()).isEqualTo("Bị trả lại");
        assertThat(ReportStanding.of(false, List.of(version("IN_REVIEW",
                new StatusChange("SUBMITTED", "IN_REVIEW", Instant.EPOCH, "canbo.sontinh", "527", null, null))),
                code -> code.equals("527") ? "Huyện Sơn Tịnh" : code).text()).isEqualTo("Đã chấp nhận ở cấp Huyện Sơn Tịnh");
        assertThat(ReportStanding.of(false, List.of(version("RETURNED"), version("FINAL")), code -> code).text()).isEqualTo("Hoàn tất");
        assertThat(ReportStanding.of(true, List.of(version("WITHDRAWN")), code -> code).text()).isEqualTo("Bản nháp");
    }
}
