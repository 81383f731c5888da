package vn.antt.reporting.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.RollupInfo.CategoryShare;
import vn.antt.reporting.web.api.RollupInfo.ChildNode;
import vn.antt.reporting.web.api.RollupInfo.IndicatorTotal;
import vn.antt.reporting.web.api.RollupInfo.Rate;
import vn.antt.reporting.web.api.RollupInfo.Total;
import vn.antt.reporting.web.api.RollupInfo;
import vn.antt.reporting.web.view.ReportStanding;

class DashboardViewTest {

    private static Rate rate(long count, long of, String text) {
        return new Rate(BigDecimal.valueOf(count), BigDecimal.valueOf(of),
                of == 0 ? null : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 2, java.math.RoundingMode.HALF_UP), text);
    }

    private static final Map<String, String> NAMES = Map.of("51", "Tỉnh Quảng Ngãi", "527", "Huyện Sơn Tịnh");

    private static RollupInfo sonTinh() {
        Total classified = new Total(3, "EXACT", BigDecimal.valueOf(3), null, null,
                List.of(new CategoryShare("Tốt", rate(2, 3, "2/3 (66,67%)")), new CategoryShare("Khá", rate(1, 3, "1/3 (33,33%)"))),
                "Tốt: 2/3 (66,67%); Khá: 1/3 (33,33%)");
        Total none = new Total(0, "EXACT", BigDecimal.ZERO, null, null, List.of(), "chưa có số liệu");
        List<IndicatorTotal> figures = List.of(
                new IndicatorTotal("propaganda.sessions", "Số buổi tuyên truyền", "COUNT", "buổi", null,
                        new Total(2, "MORE_THAN", BigDecimal.valueOf(150), null, null, List.of(), "hơn 150 buổi"), none, null),
                new IndicatorTotal("movement.rating", "Xếp loại phong trào", "CLASSIFICATION", null, null, classified, none, null));
        List<ChildNode> children = List.of(
                new ChildNode("21217", "Xã Tịnh Sơn", 1, rate(1, 1, "1/1 (đạt 100%)"), rate(0, 1, "0/1 (0%)"),
                        rate(0, 1, "0/1 (đạt 0%)"), rate(0, 1, "0/1 (0%)"), true, Map.of("propaganda.sessions", "hơn 100 buổi")),
                new ChildNode("21220", "Thị trấn Tịnh Hà", 1, rate(0, 1, "0/1 (đạt 0%)"), rate(1, 1, "1/1 (100%)"),
                        rate(0, 1, "0/1 (đạt 0%)"), rate(0, 1, "0/1 (0%)"), true, Map.of()));
        return new RollupInfo("kh-119", "119/KH-UBND", "527", "Huyện Sơn Tịnh", null, Instant.parse("2025-06-09T17:00:00Z"),
                Instant.parse("2025-06-01T03:00:00Z"), null, Map.of(), figures, children);
    }

    @Test
    void theBreadcrumbStartsAtMyUnitAndEndsAtTheNode() {
        DashboardView fromProvince = DashboardView.of(sonTinh(), List.of("51"), "51", NAMES::get, code -> null, List.of("COMMUNE"));
        assertThat(fromProvince.breadcrumb()).extracting(DashboardView.Crumb::name).containsExactly("Tỉnh Quảng Ngãi", "Huyện Sơn Tịnh");
        DashboardView fromDistrict = DashboardView.of(sonTinh(), List.of("51"), "527", NAMES::get, code -> null, List.of());
        assertThat(fromDistrict.breadcrumb()).extracting(DashboardView.Crumb::code).containsExactly("527");
    }

    @Test
    void aUnitsRowCarriesItsOwnReportAndOnlyThose() {
        ReportStanding sent = new ReportStanding("Đã gửi", "primary", null);
        DashboardView view = DashboardView.of(sonTinh(), List.of("51"), "51", NAMES::get,
                code -> code.equals("21217") ? sent : new ReportStanding("Chưa gửi", "secondary", null), List.of());
        assertThat(view.rows()).extracting(row -> row.report().text()).containsExactly("Đã gửi", "Chưa gửi");
        assertThat(view.rows().get(0).node().figures()).containsEntry("propaganda.sessions", "hơn 100 buổi");
    }

    @Test
    void kindsAreNamedWithAllFirst() {
        DashboardView view = DashboardView.of(sonTinh(), List.of("51"), "51", NAMES::get, code -> null, List.of("COMMUNE", "ENTERPRISE"));
        assertThat(view.kinds()).containsExactly(Map.entry("", "Tất cả các loại đơn vị"), Map.entry("COMMUNE", "Xã, phường, thị trấn"),
                Map.entry("ENTERPRISE", "Doanh nghiệp"));
    }

    @Test
    void theChartsTakeTheRollupsPercentagesAndClassificationCounts() {
        Map<String, Object> charts = DashboardView.charts(sonTinh());
        assertThat(charts.get("rows")).isEqualTo(List.of("Xã Tịnh Sơn", "Thị trấn Tịnh Hà"));
        assertThat(charts.get("submitted")).isEqualTo(List.of(new BigDecimal("100.00"), new BigDecimal("0.00")));
        assertThat(charts.get("overdue")).isEqualTo(List.of(new BigDecimal("0.00"), new BigDecimal("100.00")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> classifications = (List<Map<String, Object>>) charts.get("classifications");
        assertThat(classifications).hasSize(1);
        assertThat(classifications.get(0)).containsEntry("label", "Xếp loại phong trào");
        assertThat(classifications.get(0).get("shares")).isEqualTo(List.of(Map.of("name", "Tốt", "value", BigDecimal.valueOf(2)),
                Map.of("name", "Khá", "value", BigDecimal.valueOf(1))));
        assertThat(DashboardView.of(sonTinh(), List.of(), "51", NAMES::get, c -> null, List.of()).classified())
                .extracting(IndicatorTotal::indicator).containsExactly("movement.rating");
    }
}
