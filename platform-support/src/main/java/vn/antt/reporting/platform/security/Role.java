package vn.antt.reporting.platform.security;

/**
 * What a user may do for their unit. The level (commune, district, province) comes from the unit,
 * so "district reviewer" is {@link #REVIEWER} at a district unit.
 */
public enum Role {
    /** Văn thư / cán bộ: drafts and submits the unit's reports. */
    CLERK,
    /** Cán bộ thẩm định: reviews the reports of the units directly below. */
    REVIEWER,
    /** Quản trị: issues plans, sets internal deadlines, grants extensions. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
