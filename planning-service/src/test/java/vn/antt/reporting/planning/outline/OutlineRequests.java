package vn.antt.reporting.planning.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlines as an administrator sends them, as JSON maps: by default a small outline in the shape of
 * seed 001 (I, II, II.1 with figures on propaganda and a budget that must add up).
 */
public final class OutlineRequests {

    private final List<Map<String, Object>> sections = new ArrayList<>();
    private final List<Map<String, Object>> indicators = new ArrayList<>();
    private final List<Map<String, Object>> rules = new ArrayList<>();
    private String title = "Đề cương báo cáo sơ kết công tác phối hợp";

    public static OutlineRequests small() {
        OutlineRequests outline = new OutlineRequests();
        outline.section("I", null, "ĐÁNH GIÁ TÌNH HÌNH", true)
                .section("II", null, "KẾT QUẢ THỰC HIỆN", true)
                .section("II.1", "II", "Kết quả thực hiện các mặt công tác phối hợp", true)
                .indicator("propaganda.sessions", "II.1", "COUNT", "lượt")
                .indicator("budget.total", "II.1", "MONEY", "đồng")
                .indicator("budget.uniforms", "II.1", "MONEY", "đồng")
                .indicator("budget.equipment", "II.1", "MONEY", "đồng")
                .indicator("safe-hamlets", "II.1", "RATIO", "thôn")
                .rule("budget.total-equals-parts", "TOTAL_EQUALS_SUM", "WARNING", "budget.total", "budget.uniforms", "budget.equipment")
                .rule("safe-hamlets.part-of-whole", "PART_NOT_GREATER_THAN_WHOLE", "ERROR", "safe-hamlets");
        return outline;
    }

    public OutlineRequests title(String value) {
        title = value;
        return this;
    }

    public OutlineRequests section(String number, String parent, String heading, boolean required) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("number", number);
        section.put("parentNumber", parent);
        section.put("title", heading);
        section.put("guidance", "Đánh giá có số liệu chứng minh.");
        section.put("required", required);
        sections.add(section);
        return this;
    }

    public OutlineRequests indicator(String code, String section, String type, String unit) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("sectionNumber", section);
        indicator.put("label", "Chỉ tiêu " + code);
        indicator.put("type", type);
        indicator.put("unitOfMeasure", unit);
        if (type.equals("CLASSIFICATION")) {
            indicator.put("categories", List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"));
        }
        indicators.add(indicator);
        return this;
    }

    public OutlineRequests rule(String code, String kind, String severity, String... indicatorCodes) {
        rules.add(Map.of("code", code, "kind", kind, "severity", severity, "indicators", List.of(indicatorCodes),
                "message", "Số liệu không hợp lệ: " + code));
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("sections", sections);
        body.put("indicators", indicators);
        body.put("rules", rules);
        return body;
    }
}
