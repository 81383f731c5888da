package vn.antt.reporting.planning.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.mothers.Units;

/**
 * Plans as a province administrator sends them, as JSON maps so that a test can also break any field.
 * The default: a plan of province 51 for the communes of Sơn Tịnh district, on outline 357, period to
 * 10/5/2025, reports before 10/6/2025 (ICT), issued on 28/5/2025.
 */
public final class PlanRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private PlanRequests(String planId) {
        body.put("planId", planId);
        body.put("number", "119/KH-UBND");
        body.put("issuingBody", "Ủy ban nhân dân tỉnh Quảng Ngãi");
        body.put("signer", "Nguyễn Hoàng Giang");
        body.put("signerTitle", "CHỦ TỊCH");
        body.put("issuedOn", "2025-05-28");
        body.put("title", "Tổng kết 10 năm triển khai thực hiện Quyết định số 357/QĐ-UBND");
        body.put("legalBasis", List.of("Quyết định số 217/QĐ-UBND ngày 31/3/2025"));
        body.put("periodFrom", "2015-11-09");
        body.put("periodTo", "2025-05-10");
        body.put("deadline", "2025-06-10T00:00:00+07:00");
        body.put("recipientUnitCode", Units.QUANG_NGAI);
        body.put("recipientName", "Công an tỉnh (qua Phòng An ninh kinh tế)");
        body.put("contact", "Đ/c Trung tá Võ Minh Cảnh, 0889.803.777");
        body.put("milestones", List.of(Map.of("title", "Hội nghị tổng kết", "due", "2025-09-30")));
        body.put("lockAtDeadline", false);
        body.put("outlineId", DemoPlan119.OUTLINE_ID);
        body.put("outlineVersion", 1);
        body.put("participants", Map.of("units", List.of(), "rules",
                List.of(Map.of("within", Units.SON_TINH, "kinds", List.of("COMMUNE")))));
        body.put("reviewChains", List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("DISTRICT", "PROVINCE"))));
        body.put("reviewTime", "P3D");
    }

    /** The default plan of Sơn Tịnh's communes. */
    public static PlanRequests sonTinhCommunes(String planId) {
        return new PlanRequests(planId);
    }

    public PlanRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public PlanRequests without(String field) {
        body.remove(field);
        return this;
    }

    public PlanRequests listedUnits(String... codes) {
        body.put("participants", Map.of("units", List.of(codes), "rules", List.of()));
        return this;
    }

    public PlanRequests chain(String unitKind, String... levels) {
        @SuppressWarnings("unchecked")
        List<Object> chains = new ArrayList<>((List<Object>) body.get("reviewChains"));
        chains.add(Map.of("unitKind", unitKind, "levels", List.of(levels)));
        body.put("reviewChains", chains);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }
}
