package vn.antt.reporting.planning.plan;

import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;

/**
 * The outline of the yearly evaluation of the movement "Toàn dân bảo vệ an ninh Tổ quốc" against the 10
 * criteria of Decision 510/QĐ-BCA-V05, in the structure of the report of seed 003 (Tháp Mười, 2023):
 * I. deployment, II. results criterion by criterion, III. assessment, IV. proposals; with the figures
 * that report gives ("149 lượt ... 51.306 lượt người", "30 vụ - 77 đối tượng", "149/150 (đạt 99,33%)")
 * and its classification Xuất sắc / Khá / Trung bình / Yếu (149 / 13 / 1 / 0 of 163 units).
 */
final class DemoOutline510 {

    static final String OUTLINE_ID = "de-cuong-danh-gia-phong-trao-510";
    static final String II = "II";
    static final List<String> CLASSES = List.of("Xuất sắc", "Khá", "Trung bình", "Yếu");

    private DemoOutline510() {
    }

    static OutlinePublished outline() {
        return new OutlinePublished(OUTLINE_ID, 1,
                "Đề cương báo cáo kết quả đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc theo Quyết định số 510/QĐ-BCA-V05",
                List.of(
                        new OutlineSection("I", null, "CÔNG TÁC TRIỂN KHAI",
                                "Các văn bản triển khai, hướng dẫn thực hiện Quyết định số 510/QĐ-BCA-V05 và văn bản của cấp trên.", true),
                        new OutlineSection(II, null, "KẾT QUẢ THỰC HIỆN",
                                "Kết quả theo từng tiêu chí; nội dung định lượng phải có số liệu chứng minh.", true),
                        criterion(1, "Tiêu chí thứ nhất: Cấp ủy có Nghị quyết chuyên đề và tổ chức triển khai thực hiện các văn bản chỉ đạo của cấp trên về xây dựng phong trào"),
                        criterion(2, "Tiêu chí thứ hai: Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc có chương trình hoặc kế hoạch sát hợp"),
                        criterion(3, "Tiêu chí thứ ba: Công tác tuyên truyền, vận động Nhân dân tham gia phòng, chống tội phạm, vi phạm pháp luật và tệ nạn xã hội"),
                        criterion(4, "Tiêu chí thứ tư: Chỉ đạo, tổ chức Hội nghị \"Công an lắng nghe ý kiến Nhân dân\""),
                        criterion(5, "Tiêu chí thứ năm: Công tác phối hợp giữa lực lượng Công an với Ban Dân vận, Quân đội, Ủy ban Mặt trận Tổ quốc và các tổ chức thành viên"),
                        criterion(6, "Tiêu chí thứ sáu: Bố trí kinh phí từ ngân sách nhà nước và kinh phí huy động tự nguyện theo hình thức xã hội hóa"),
                        criterion(7, "Tiêu chí thứ bảy: Công tác bảo vệ chính trị nội bộ, bảo vệ bí mật nhà nước, bảo vệ tài sản, phòng cháy, chữa cháy"),
                        criterion(8, "Tiêu chí thứ tám: Xây dựng, nhân rộng mô hình, điển hình tiên tiến; sơ kết, tổng kết, biểu dương, khen thưởng"),
                        criterion(9, "Tiêu chí thứ chín: Đạt tiêu chuẩn \"An toàn về an ninh, trật tự\""),
                        criterion(10, "Tiêu chí thứ mười: Kết quả đánh giá, phân loại phong trào"),
                        new OutlineSection("III", null, "NHẬN XÉT, ĐÁNH GIÁ", "Ưu điểm, hạn chế và nguyên nhân.", true),
                        new OutlineSection("IV", null, "KIẾN NGHỊ, ĐỀ XUẤT", null, false)),
                List.of(
                        count("propaganda.sessions", "II.3", "Số lượt tuyên truyền trực tiếp", "lượt"),
                        count("propaganda.attendees", "II.3", "Số lượt người tham dự tuyên truyền", "lượt người"),
                        count("propaganda.online-items", "II.3", "Tin, bài tuyên truyền trên mạng xã hội", "tin, bài"),
                        count("tips.received", "II.3", "Tin báo, tố giác tội phạm tiếp nhận", "tin"),
                        count("tips.valuable", "II.3", "Trong đó tin có giá trị", "tin"),
                        paired("cases.solved", "II.3", "Vụ việc điều tra, khám phá nhờ tin báo – đối tượng bị bắt giữ"),
                        count("hearings.attendees", "II.4", "Số người tham dự Hội nghị \"Công an lắng nghe ý kiến Nhân dân\"", "người"),
                        count("hearings.opinions", "II.4", "Ý kiến đóng góp tại Hội nghị", "ý kiến"),
                        money("budget.total", "II.6", "Tổng kinh phí cho phong trào"),
                        money("budget.state", "II.6", "Kinh phí từ ngân sách nhà nước"),
                        money("budget.socialised", "II.6", "Kinh phí huy động xã hội hóa"),
                        count("crime.cases", "II.9", "Số vụ phạm tội về trật tự xã hội", "vụ"),
                        paired("social-evils.cleared", "II.9", "Tệ nạn xã hội triệt xóa – đối tượng"),
                        paired("drugs.cases", "II.9", "Vi phạm pháp luật về ma túy – đối tượng"),
                        paired("economy.cases", "II.9", "Vi phạm pháp luật về kinh tế – đối tượng"),
                        paired("environment.cases", "II.9", "Vi phạm pháp luật về môi trường – đối tượng"),
                        count("disputes.resolved", "II.9", "Mâu thuẫn trong nội bộ Nhân dân được giải quyết", "vụ"),
                        count("weapons.recovered", "II.9", "Vũ khí, hung khí thu hồi", "khẩu, cái"),
                        ratio("safe-units", "II.9", "Khóm, ấp, xã, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn \"An toàn về ANTT\""),
                        ratio("safe-units.district-managed", "II.9", "Trong đó đơn vị thuộc thẩm quyền quản lý của cấp huyện đạt tiêu chuẩn"),
                        new Indicator("classification.units", "II.10", "Phân loại phong trào của các đơn vị", IndicatorType.CLASSIFICATION,
                                "đơn vị", null, CLASSES, true),
                        ratio("classification.excellent", "II.10", "Đơn vị thuộc thẩm quyền quản lý của cấp huyện đạt loại \"Xuất sắc\""),
                        ratio("classification.fair-or-better", "II.10", "Đơn vị thuộc thẩm quyền quản lý của cấp huyện đạt từ loại \"Khá\" trở lên")),
                List.of(
                        new ValidationRule("counts.non-negative", RuleKind.NON_NEGATIVE,
                                List.of("propaganda.sessions", "propaganda.attendees", "propaganda.online-items", "tips.received",
                                        "tips.valuable", "cases.solved", "hearings.attendees", "hearings.opinions", "crime.cases",
                                        "social-evils.cleared", "drugs.cases", "economy.cases", "environment.cases",
                                        "disputes.resolved", "weapons.recovered", "budget.total", "budget.state", "budget.socialised",
                                        "classification.units"),
                                Severity.ERROR, "Số liệu không được âm"),
                        new ValidationRule("tips.valuable-of-received", RuleKind.NOT_GREATER_THAN,
                                List.of("tips.valuable", "tips.received"), Severity.ERROR,
                                "Số tin có giá trị không thể lớn hơn số tin báo tiếp nhận"),
                        new ValidationRule("budget.total-equals-parts", RuleKind.TOTAL_EQUALS_SUM,
                                List.of("budget.total", "budget.state", "budget.socialised"), Severity.WARNING,
                                "Tổng kinh phí không bằng kinh phí ngân sách cộng kinh phí xã hội hóa"),
                        new ValidationRule("ratios.part-of-whole", RuleKind.PART_NOT_GREATER_THAN_WHOLE,
                                List.of("safe-units", "safe-units.district-managed", "classification.excellent",
                                        "classification.fair-or-better"),
                                Severity.ERROR, "Số đơn vị đạt không thể lớn hơn tổng số đơn vị")));
    }

    private static OutlineSection criterion(int n, String title) {
        return new OutlineSection(II + "." + n, II, title, "Đánh giá mức độ đạt tiêu chí, có số liệu chứng minh.", true);
    }

    private static Indicator count(String code, String section, String label, String unit) {
        return new Indicator(code, section, label, IndicatorType.COUNT, unit, null, List.of(), false);
    }

    private static Indicator money(String code, String section, String label) {
        return new Indicator(code, section, label, IndicatorType.MONEY, "đồng", null, List.of(), false);
    }

    private static Indicator paired(String code, String section, String label) {
        return new Indicator(code, section, label, IndicatorType.PAIRED_COUNT, "vụ", "đối tượng", List.of(), false);
    }

    private static Indicator ratio(String code, String section, String label) {
        return new Indicator(code, section, label, IndicatorType.RATIO, "đơn vị", "đơn vị", List.of(), false);
    }
}
