package vn.antt.reporting.web.unitimport;

import java.util.Map;

/**
 * How the pages say each rule an import file can break (the service names the rule and the record; its own sentence
 * is English): the field at fault and a Vietnamese message. Only wording: the service decides what is wrong.
 */
final class ImportErrorMessages {

    record Wording(String field, String message) {
    }

    private static final Map<String, Wording> BY_RULE = Map.ofEntries(
            Map.entry("missing-code", new Wording("code (mã)", "Đơn vị chưa có mã.")),
            Map.entry("missing-name", new Wording("name (tên)", "Đơn vị chưa có tên.")),
            Map.entry("missing-type", new Wording("type (loại)", "Đơn vị chưa ghi loại (ví dụ: Xã, Phường, Trường học).")),
            Map.entry("unknown-kind", new Wording("kind (cấp/loại)", "Cấp hoặc loại đơn vị không có hoặc không được hỗ trợ.")),
            Map.entry("duplicate-code", new Wording("code (mã)", "Mã đơn vị bị trùng trong tệp.")),
            Map.entry("unknown-parent", new Wording("parentCode (đơn vị cấp trên)",
                    "Đơn vị cấp trên không có trong tệp và không có trong danh mục.")),
            Map.entry("missing-parent", new Wording("parentCode (đơn vị cấp trên)", "Đơn vị chưa ghi đơn vị cấp trên.")),
            Map.entry("wrong-parent-kind", new Wording("parentCode (đơn vị cấp trên)",
                    "Đơn vị cấp trên không đúng cấp (tỉnh không có cấp trên; huyện thuộc tỉnh; xã thuộc huyện).")),
            Map.entry("cycle", new Wording("parentCode (đơn vị cấp trên)", "Các đơn vị nhận nhau làm cấp trên thành vòng.")),
            Map.entry("kind-conflict", new Wording("kind (cấp/loại)", "Cấp hoặc loại khác với đơn vị cùng mã đã có trong danh mục.")),
            Map.entry("invalid-date", new Wording("ngày", "Ngày không đúng định dạng.")),
            Map.entry("empty-file", new Wording("tệp", "Tệp không có đơn vị nào.")),
            Map.entry("unreadable-file", new Wording("tệp", "Không đọc được tệp: cần tệp JSON có danh sách \"units\" hoặc \"data\".")));

    private ImportErrorMessages() {
    }

    static Wording of(String rule) {
        return BY_RULE.getOrDefault(rule, new Wording("", "Bản ghi không hợp lệ (" + rule + ")."));
    }
}
