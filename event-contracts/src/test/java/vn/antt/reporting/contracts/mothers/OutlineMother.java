package vn.antt.reporting.contracts.mothers;

import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;

/**
 * The outline (Đề cương) attached to plan 119/KH-UBND (seed 001), with indicators for the figures
 * Tịnh Sơn reported (seed 000) and a budget rule that catches the slip of seed 002.
 */
public final class OutlineMother {

    public static final String OUTLINE_357 = "de-cuong-tong-ket-357";

    private OutlineMother() {
    }

    public static List<OutlineSection> sections357() {
        return List.of(
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
                new OutlineSection("V", null, "KIẾN NGHỊ, ĐỀ XUẤT", null, false));
    }

    public static List<Indicator> indicators357() {
        return List.of(
                count("propaganda.sessions", "Số lượt tuyên truyền trực tiếp", "lượt"),
                count("propaganda.attendees", "Số lượt người tham dự", "lượt người"),
                count("propaganda.posters", "Pano, áp phích tuyên truyền", "cái"),
                count("propaganda.radio-items", "Tin, bài trên hệ thống loa truyền thanh", "tin, bài"),
                count("tips.received", "Nguồn tin tiếp nhận, xử lý", "tin"),
                count("cases.investigated", "Vụ việc điều tra, khám phá", "vụ"),
                new Indicator("cases.solved", "II.2.1", "Vụ án khám phá – đối tượng", IndicatorType.PAIRED_COUNT,
                        "vụ", "đối tượng", List.of(), false),
                count("violations.administrative", "Vụ vi phạm hành chính xử lý", "vụ"),
                new Indicator("violations.fines-vnd", "II.2.1", "Tiền phạt vi phạm hành chính", IndicatorType.MONEY,
                        "đồng", null, List.of(), false),
                count("patrols.armed", "Lượt tuần tra vũ trang", "lượt"),
                count("weapons.guns-homemade", "Súng tự chế thu hồi", "khẩu"),
                count("weapons.knives-homemade", "Dao tự chế thu hồi", "cái"),
                count("weapons.firecracker-boxes", "Pháo thu hồi", "hộp"),
                new Indicator("budget.total", "II.2.1", "Kinh phí thực hiện (tổng)", IndicatorType.MONEY, "đồng", null, List.of(), false),
                new Indicator("budget.uniforms", "II.2.1", "Kinh phí mua trang phục", IndicatorType.MONEY, "đồng", null, List.of(), false),
                new Indicator("budget.equipment", "II.2.1", "Kinh phí mua sắm phương tiện", IndicatorType.MONEY, "đồng", null, List.of(), false),
                new Indicator("safe-hamlets", "II.2.1", "Thôn đạt chuẩn \"An toàn về ANTT\"", IndicatorType.RATIO, "thôn", "thôn", List.of(), false));
    }

    public static List<ValidationRule> rules357() {
        return List.of(
                new ValidationRule("budget.total-equals-parts", RuleKind.TOTAL_EQUALS_SUM,
                        List.of("budget.total", "budget.uniforms", "budget.equipment"), Severity.WARNING,
                        "Tổng kinh phí không bằng tổng các khoản thành phần"),
                new ValidationRule("safe-hamlets.part-of-whole", RuleKind.PART_NOT_GREATER_THAN_WHOLE,
                        List.of("safe-hamlets"), Severity.ERROR, "Số thôn đạt chuẩn không thể lớn hơn tổng số thôn"));
    }

    public static OutlinePublished outline357() {
        return new OutlinePublished(OUTLINE_357, 1,
                "Đề cương báo cáo tổng kết 10 năm thực hiện Quyết định số 357/QĐ-UBND",
                sections357(), indicators357(), rules357());
    }

    private static Indicator count(String code, String label, String unit) {
        return new Indicator(code, "II.2.1", label, IndicatorType.COUNT, unit, null, List.of(), false);
    }
}
