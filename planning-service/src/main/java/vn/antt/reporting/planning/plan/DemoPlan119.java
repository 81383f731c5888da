package vn.antt.reporting.planning.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.planning.unit.UnitKind;

/**
 * The demo plan: Kế hoạch 119/KH-UBND of Quảng Ngãi (28/5/2025, seed 001) for the 10-year review of
 * Decision 357, with its report outline and the indicators seed 000 reports. Reports reach the
 * provincial police "trước ngày 10/6/2025", i.e. before 10/6/2025 00:00 in Asia/Ho_Chi_Minh.
 */
final class DemoPlan119 {

    static final String PLAN_ID = "kh-119-2025-qng";
    static final String OUTLINE_ID = "de-cuong-tong-ket-357";
    static final LocalDate ISSUED_ON = LocalDate.of(2025, 5, 28);
    static final Instant DEADLINE = Instant.parse("2025-06-09T17:00:00Z");
    static final String PROVINCE = "51";

    private DemoPlan119() {
    }

    static OutlinePublished outline() {
        return new OutlinePublished(OUTLINE_ID, 1,
                "Đề cương báo cáo tổng kết 10 năm thực hiện Quyết định số 357/QĐ-UBND",
                List.of(
                        new OutlineSection("I", null, "ĐÁNH GIÁ TÌNH HÌNH",
                                "Đánh giá chức năng, nhiệm vụ; tác động của tình hình; tình hình an ninh, trật tự trên địa bàn.", true),
                        new OutlineSection("II", null, "KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP", null, true),
                        new OutlineSection("II.1", "II", "Công tác triển khai quán triệt; lãnh đạo, chỉ đạo thực hiện", null, true),
                        new OutlineSection("II.2", "II", "Kết quả công tác", null, true),
                        new OutlineSection("II.2.1", "II.2", "Kết quả thực hiện các mặt công tác phối hợp",
                                "Đánh giá về các nội dung mang tính chất định lượng phải có số liệu chứng minh.", true),
                        new OutlineSection("II.2.2", "II.2", "Kết quả thực hiện trách nhiệm của mỗi cơ quan, doanh nghiệp theo Điều 5", null, false),
                        new OutlineSection("III", null, "ĐÁNH GIÁ CHUNG", null, true),
                        new OutlineSection("IV", null, "DỰ BÁO TÌNH HÌNH; PHƯƠNG HƯỚNG NHIỆM VỤ CÔNG TÁC TRỌNG TÂM THỜI GIAN TỚI", null, true),
                        new OutlineSection("V", null, "KIẾN NGHỊ, ĐỀ XUẤT", null, false)),
                List.of(
                        count("propaganda.sessions", "Số lượt tuyên truyền trực tiếp", "lượt"),
                        count("propaganda.attendees", "Số lượt người tham dự", "lượt người"),
                        count("propaganda.posters", "Pano, áp phích tuyên truyền", "cái"),
                        count("propaganda.radio-items", "Tin, bài trên hệ thống loa truyền thanh", "tin, bài"),
                        count("tips.received", "Nguồn tin tiếp nhận, xử lý", "tin"),
                        count("cases.investigated", "Vụ việc điều tra, khám phá", "vụ"),
                        new Indicator("cases.solved", "II.2.1", "Vụ án khám phá – đối tượng", IndicatorType.PAIRED_COUNT,
                                "vụ", "đối tượng", List.of(), false),
                        count("violations.administrative", "Vụ vi phạm hành chính xử lý", "vụ"),
                        money("violations.fines-vnd", "Tiền phạt vi phạm hành chính"),
                        count("patrols.armed", "Lượt tuần tra vũ trang", "lượt"),
                        count("weapons.guns-homemade", "Súng tự chế thu hồi", "khẩu"),
                        count("weapons.knives-homemade", "Dao tự chế thu hồi", "cái"),
                        count("weapons.firecracker-boxes", "Pháo thu hồi", "hộp"),
                        money("budget.total", "Kinh phí thực hiện (tổng)"),
                        money("budget.uniforms", "Kinh phí mua trang phục"),
                        money("budget.equipment", "Kinh phí mua sắm phương tiện"),
                        new Indicator("safe-hamlets", "II.2.1", "Thôn đạt chuẩn \"An toàn về ANTT\"", IndicatorType.RATIO,
                                "thôn", "thôn", List.of(), false)),
                List.of(
                        new ValidationRule("budget.total-equals-parts", RuleKind.TOTAL_EQUALS_SUM,
                                List.of("budget.total", "budget.uniforms", "budget.equipment"), Severity.WARNING,
                                "Tổng kinh phí không bằng tổng các khoản thành phần"),
                        new ValidationRule("safe-hamlets.part-of-whole", RuleKind.PART_NOT_GREATER_THAN_WHOLE,
                                List.of("safe-hamlets"), Severity.ERROR, "Số thôn đạt chuẩn không thể lớn hơn tổng số thôn")));
    }

    /** The plan as its issuer writes it: every commune and every non-administrative reporting unit of the province. */
    static PlanRequest request() {
        return new PlanRequest(PLAN_ID, "119/KH-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Nguyễn Hoàng Giang", "CHỦ TỊCH",
                ISSUED_ON,
                "Tổng kết 10 năm triển khai thực hiện Quyết định số 357/QĐ-UBND ngày 09/11/2015 của UBND tỉnh",
                List.of("Quyết định số 217/QĐ-UBND ngày 31/3/2025", "Tờ trình số 2853/TTr-CAT-TM(ANKT) ngày 18/5/2025"),
                LocalDate.of(2015, 11, 9), LocalDate.of(2025, 5, 10), DEADLINE.atOffset(ZoneOffset.ofHours(7)), PROVINCE,
                "Công an tỉnh (qua Phòng An ninh kinh tế)",
                "Đ/c Trung tá Võ Minh Cảnh - Đội trưởng, số điện thoại 0889.803.777",
                List.of(new Milestone("Hội nghị tổng kết 10 năm thực hiện Quyết định số 357", LocalDate.of(2025, 9, 30))),
                false, OUTLINE_ID, 1, null,
                new Participants(List.of(), List.of(new Participants.Rule(PROVINCE, List.of(UnitKind.COMMUNE, UnitKind.AGENCY,
                        UnitKind.MASS_ORGANISATION, UnitKind.ASSOCIATION, UnitKind.ENTERPRISE, UnitKind.SCHOOL,
                        UnitKind.HEALTH_STATION)))),
                List.of(new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE")),
                        new ReviewChain("SCHOOL", List.of("PROVINCE")),
                        new ReviewChain("HEALTH_STATION", List.of("DISTRICT", "PROVINCE")),
                        new ReviewChain("AGENCY", List.of("PROVINCE")),
                        new ReviewChain("MASS_ORGANISATION", List.of("PROVINCE")),
                        new ReviewChain("ASSOCIATION", List.of("PROVINCE")),
                        new ReviewChain("ENTERPRISE", List.of("PROVINCE"))),
                Duration.ofDays(3), true, List.of());
    }

    private static Indicator count(String code, String label, String unit) {
        return new Indicator(code, "II.2.1", label, IndicatorType.COUNT, unit, null, List.of(), false);
    }

    private static Indicator money(String code, String label) {
        return new Indicator(code, "II.2.1", label, IndicatorType.MONEY, "đồng", null, List.of(), false);
    }
}
