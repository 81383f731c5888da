package vn.antt.reporting.web.dashboard;

/** The kinds of unit of the directory as people name them (the filter of a dashboard). */
final class UnitKinds {

    private UnitKinds() {
    }

    static String name(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PROVINCE" -> "Tỉnh";
            case "DISTRICT" -> "Huyện, thị xã, thành phố";
            case "COMMUNE" -> "Xã, phường, thị trấn";
            case "ENTERPRISE" -> "Doanh nghiệp";
            case "AGENCY" -> "Cơ quan, ban, ngành";
            case "SCHOOL" -> "Trường học";
            case "ASSOCIATION" -> "Hội, đoàn thể";
            case "HEALTH_STATION" -> "Trạm y tế";
            case "CLUB" -> "Câu lạc bộ";
            default -> kind;
        };
    }
}
