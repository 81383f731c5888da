package vn.antt.reporting.planning.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.planning.unit.UnitKind;

/**
 * A second demo plan, left as a draft: the yearly evaluation and classification of the movement "Toàn dân
 * bảo vệ an ninh Tổ quốc" against the 10 criteria of Decision 510/QĐ-BCA-V05, as the district report of
 * seed 003 answers it. The number is marked as a demonstration: no such plan was issued in Quảng Ngãi.
 * Issued after the reform of 1/7/2025, its communes report straight to the province.
 */
final class DemoPlan510 {

    static final String PLAN_ID = "kh-minh-hoa-510-2025-qng";

    private DemoPlan510() {
    }

    static PlanRequest request() {
        return new PlanRequest(PLAN_ID, "MH-510/KH-BCĐ138", "Ban Chỉ đạo 138 tỉnh Quảng Ngãi (minh họa)", null, null,
                LocalDate.of(2025, 11, 3),
                "Đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025 theo Quyết định số 510/QĐ-BCA-V05",
                List.of("Quyết định số 510/QĐ-BCA-V05 ngày 20/01/2022 của Bộ Công an quy định Tiêu chí đánh giá, phân loại"
                        + " phong trào toàn dân bảo vệ an ninh Tổ quốc"),
                LocalDate.of(2024, 11, 16), LocalDate.of(2025, 11, 15),
                OffsetDateTime.of(2025, 11, 25, 0, 0, 0, 0, ZoneOffset.ofHours(7)), DemoPlan119.PROVINCE,
                "Công an tỉnh (qua Phòng Tham mưu)", null,
                List.of(new Milestone("Công nhận kết quả phân loại phong trào năm 2025", LocalDate.of(2025, 12, 15))),
                false, DemoOutline510.OUTLINE_ID, 1, null,
                new Participants(List.of(), List.of(new Participants.Rule(DemoPlan119.PROVINCE,
                        List.of(UnitKind.COMMUNE, UnitKind.AGENCY, UnitKind.ENTERPRISE, UnitKind.SCHOOL)))),
                List.of(new ReviewChain("COMMUNE", List.of("PROVINCE")),
                        new ReviewChain("AGENCY", List.of("PROVINCE")),
                        new ReviewChain("ENTERPRISE", List.of("PROVINCE")),
                        new ReviewChain("SCHOOL", List.of("PROVINCE"))),
                Duration.ofDays(5), true, List.of());
    }
}
