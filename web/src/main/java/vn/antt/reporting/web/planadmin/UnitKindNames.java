package vn.antt.reporting.web.planadmin;

import java.util.List;

/**
 * The kinds of unit planning-service knows (its {@code UnitKind}), as an administrator names them, in the order the
 * form lists them; and the administrative kinds a review chain is made of, the lowest first.
 */
final class UnitKindNames {

    /** The kinds a plan's participants can select below the issuing unit. */
    static final List<String> PARTICIPANT_KINDS = List.of("COMMUNE", "DISTRICT", "HAMLET", "AGENCY", "MASS_ORGANISATION",
            "ASSOCIATION", "ENTERPRISE", "SCHOOL", "HEALTH_STATION");

    /** Review levels, lowest first: a chain is sent in this order. */
    static final List<String> REVIEW_LEVELS = List.of("COMMUNE", "DISTRICT", "PROVINCE");

    private UnitKindNames() {
    }

    static String name(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PROVINCE" -> "Tỉnh, thành phố";
            case "DISTRICT" -> "Huyện, thị xã, thành phố thuộc tỉnh";
            case "COMMUNE" -> "Xã, phường, thị trấn";
            case "HAMLET" -> "Thôn, ấp, tổ dân phố";
            case "AGENCY" -> "Cơ quan, sở, ngành";
            case "MASS_ORGANISATION" -> "Tổ chức đoàn thể";
            case "ASSOCIATION" -> "Hội nghề nghiệp";
            case "ENTERPRISE" -> "Doanh nghiệp";
            case "SCHOOL" -> "Trường học";
            case "HEALTH_STATION" -> "Trạm y tế";
            default -> kind;
        };
    }

    /** A review level as a short word: "cấp xã", "cấp huyện", "cấp tỉnh". */
    static String level(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PROVINCE" -> "cấp tỉnh";
            case "DISTRICT" -> "cấp huyện";
            case "COMMUNE" -> "cấp xã";
            default -> name(kind);
        };
    }
}
