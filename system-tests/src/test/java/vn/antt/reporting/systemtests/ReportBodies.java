package vn.antt.reporting.systemtests;

import java.util.List;
import java.util.Map;

/**
 * The reports the system tests submit through the gateway, as JSON bodies (this module has the services' jars but not
 * their test mothers): Tịnh Sơn's report 163/BC-UBND for plan 119, every section of outline 357 and two figures with
 * their qualifier "hơn".
 */
final class ReportBodies {

    private ReportBodies() {
    }

    static Map<String, Object> tinhSon(String planId) {
        return Map.of(
                "planId", planId,
                "unitCode", "21217",
                "document", Map.of("number", "163/BC-UBND", "issuedOn", "2025-06-06",
                        "signer", "Chủ tịch UBND xã Tịnh Sơn", "signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"),
                "sections", List.of(
                        Map.of("number", "I", "text", "Tình hình ANTT trên địa bàn xã cơ bản ổn định."),
                        Map.of("number", "II.1", "text", "Quán triệt, triển khai Quyết định số 357/QĐ-UBND."),
                        Map.of("number", "II.2.1", "text", "Tổ chức hơn 100 lượt tuyên truyền với hơn 8.000 lượt người tham dự."),
                        Map.of("number", "III", "text", "Công tác phối hợp được thực hiện nghiêm túc."),
                        Map.of("number", "IV", "text", "Tình hình ANTT tiếp tục ổn định.")),
                "figures", List.of(
                        Map.of("indicator", "propaganda.sessions", "qualifier", "MORE_THAN", "amount", 100),
                        Map.of("indicator", "propaganda.attendees", "qualifier", "MORE_THAN", "amount", 8000)));
    }
}
