package vn.antt.reporting.web.api;

import java.util.Map;

/** Which service answers a path of the gateway, and how the pages name it in Vietnamese. */
public final class ServiceNames {

    private static final Map<String, String> BY_PREFIX = Map.of(
            "/api/plans", "planning-service", "/api/outlines", "planning-service", "/api/units", "planning-service",
            "/api/submissions", "submission-service", "/api/drafts", "submission-service",
            "/api/review-cases", "review-service", "/api/compilations", "review-service");

    private static final Map<String, String> LABELS = Map.of(
            "planning-service", "Dịch vụ kế hoạch (planning-service)",
            "submission-service", "Dịch vụ tiếp nhận báo cáo (submission-service)",
            "review-service", "Dịch vụ thẩm định (review-service)",
            "aggregation-service", "Dịch vụ tổng hợp số liệu (aggregation-service)",
            "notification-service", "Dịch vụ thông báo (notification-service)",
            "identity-service", "Dịch vụ đăng nhập (identity-service)",
            "gateway", "Cổng dịch vụ (gateway)");

    private ServiceNames() {
    }

    static String of(String path) {
        return BY_PREFIX.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("gateway");
    }

    public static String label(String service) {
        return LABELS.getOrDefault(service, service);
    }
}
