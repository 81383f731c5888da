package vn.antt.reporting.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.signin.CurrentUser;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();
    private final CurrentUser tinhSonClerk = new CurrentUser("vanthu.tinhson", "Văn thư xã Tịnh Sơn", "21217", "Xã Tịnh Sơn", Set.of("CLERK"));
    private final CurrentUser sonTinhReviewer = new CurrentUser("canbo.sontinh", "Cán bộ", "527", "Huyện Sơn Tịnh", Set.of("REVIEWER"));
    private final CurrentUser provinceReviewer = new CurrentUser("canbo.congantinh", "Cán bộ", "51", "Tỉnh Quảng Ngãi", Set.of("REVIEWER"));
    private final CurrentUser binhSonReviewer = new CurrentUser("canbo.binhson", "Cán bộ", "524", "Huyện Bình Sơn", Set.of("REVIEWER"));

    @Test
    void onlyTheUnitsClerksWriteItsReport() {
        assertThat(policy.mayWriteReport(tinhSonClerk, "21217")).isTrue();
        assertThat(policy.mayWriteReport(tinhSonClerk, "21220")).isFalse();
        assertThat(policy.mayWriteReport(sonTinhReviewer, "527")).isFalse();
        assertThatThrownBy(() -> policy.require(policy.mayWriteReport(tinhSonClerk, "21220"), "report form of another unit"))
                .isInstanceOf(AccessRefusedException.class).hasMessage("report form of another unit");
    }

    @Test
    void aClerkReadsOnlyHisUnitsVersionsWhileReviewersAreLeftToTheService() {
        assertThat(policy.mayReadReport(tinhSonClerk, "21217")).isTrue();
        assertThat(policy.mayReadReport(tinhSonClerk, "21220")).isFalse();
        assertThat(policy.mayReadReport(sonTinhReviewer, "21217")).isTrue();
        assertThat(policy.mayReview(tinhSonClerk)).isFalse();
        assertThat(policy.mayReview(sonTinhReviewer)).isTrue();
    }

    @Test
    void onlyTheReviewerOfTheLevelACaseWaitsForMayActOnIt() {
        List<String> chain = List.of("527", "51");
        assertThat(policy.mayActOnCase(sonTinhReviewer, chain, 1, true)).isTrue();
        assertThat(policy.mayActOnCase(provinceReviewer, chain, 1, true)).isFalse();
        assertThat(policy.mayActOnCase(provinceReviewer, chain, 2, true)).isTrue();
        assertThat(policy.mayActOnCase(sonTinhReviewer, chain, 2, true)).isFalse();
        assertThat(policy.mayActOnCase(binhSonReviewer, chain, 1, true)).isFalse();
        assertThat(policy.mayActOnCase(sonTinhReviewer, chain, 1, false)).as("returned or final: nothing to do").isFalse();
        assertThat(policy.mayActOnCase(tinhSonClerk, List.of("21217"), 1, true)).as("a clerk never reviews").isFalse();
        assertThat(policy.mayActOnCase(sonTinhReviewer, chain, 3, true)).isFalse();
    }

    @Test
    void aNodesDashboardIsOpenToItsOwnUnitAndThoseAboveItOnly() {
        List<String> tinhSonAncestry = List.of("51", "527");
        assertThat(policy.mayWatchNode(provinceReviewer, "21217", tinhSonAncestry)).isTrue();
        assertThat(policy.mayWatchNode(sonTinhReviewer, "21217", tinhSonAncestry)).isTrue();
        assertThat(policy.mayWatchNode(sonTinhReviewer, "527", List.of("51"))).isTrue();
        assertThat(policy.mayWatchNode(binhSonReviewer, "527", List.of("51"))).isFalse();
        assertThat(policy.mayWatchNode(binhSonReviewer, "21217", tinhSonAncestry)).isFalse();
        assertThat(policy.mayWatchNode(sonTinhReviewer, "51", List.of())).isFalse();
    }

    @Test
    void onlyAdministratorsOpenPlanAdministrationAndOnlyTheIssuingUnitsActAsIssuer() {
        CurrentUser provinceAdmin = new CurrentUser("quantri.tinh", "Quản trị", "51", "Tỉnh Quảng Ngãi", Set.of("ADMIN"));
        CurrentUser districtAdmin = new CurrentUser("quantri.sontinh", "Quản trị", "527", "Huyện Sơn Tịnh", Set.of("ADMIN"));
        assertThat(policy.mayAdministerPlans(provinceAdmin)).isTrue();
        assertThat(policy.mayAdministerPlans(districtAdmin)).isTrue();
        assertThat(policy.mayAdministerPlans(tinhSonClerk)).isFalse();
        assertThat(policy.mayAdministerPlans(provinceReviewer)).isFalse();
        assertThat(policy.mayAdministerPlans(null)).isFalse();
        assertThat(policy.mayActAsIssuer(provinceAdmin, "51")).isTrue();
        assertThat(policy.mayActAsIssuer(districtAdmin, "51")).isFalse();
        assertThat(policy.mayActAsIssuer(provinceReviewer, "51")).isFalse();
    }
}
