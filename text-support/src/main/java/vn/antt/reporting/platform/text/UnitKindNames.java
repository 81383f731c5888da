package vn.antt.reporting.platform.text;

/**
 * The kinds of unit of the directory (planning-service's {@code UnitKind}) as officials name them, in the plural of a
 * group heading ("Xã, phường, thị trấn"), each short enough for an Excel sheet name (31 characters): one definition for the dashboard's filter, the Excel sheets and any other text.
 */
public final class UnitKindNames {

    private UnitKindNames() {
    }

    /** The name of a kind, or the kind itself when it is new to this list (never an empty heading). */
    public static String of(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PROVINCE" -> "Tỉnh, thành phố";
            case "DISTRICT" -> "Huyện, quận, thị xã, thành phố";
            case "COMMUNE" -> "Xã, phường, thị trấn";
            case "HAMLET" -> "Thôn, ấp, khóm, tổ dân phố";
            case "AGENCY" -> "Cơ quan, ban, ngành";
            case "MASS_ORGANISATION" -> "Tổ chức chính trị - xã hội";
            case "ASSOCIATION" -> "Hội nghề nghiệp";
            case "ENTERPRISE" -> "Doanh nghiệp";
            case "SCHOOL" -> "Trường học";
            case "HEALTH_STATION" -> "Trạm y tế";
            default -> kind;
        };
    }
}
