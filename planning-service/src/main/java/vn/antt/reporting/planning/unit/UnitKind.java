package vn.antt.reporting.planning.unit;

/**
 * What a unit of the directory is. The first three are administrative levels from the official list
 * (GSO codes); the others are reporting units that are not administrative, each attached to a parent.
 */
public enum UnitKind {
    /** Tỉnh, Thành phố Trung ương. */
    PROVINCE(true),
    /** Huyện, Quận, Thị xã, Thành phố thuộc tỉnh. */
    DISTRICT(true),
    /** Xã, Phường, Thị trấn. */
    COMMUNE(true),
    /**
     * Thôn, ấp, khóm, tổ dân phố: the level below a commune, always under one. Not in the official list (an import of
     * the list leaves hamlets as they are), nor a review level.
     */
    HAMLET(false),
    /** Provincial department or police (Sở, Công an tỉnh...). */
    AGENCY(false),
    /** Mass organisation (Hội Nông dân, Đoàn Thanh niên...). */
    MASS_ORGANISATION(false),
    /** Professional association (Hội Luật gia...). */
    ASSOCIATION(false),
    ENTERPRISE(false),
    SCHOOL(false),
    HEALTH_STATION(false);

    private final boolean administrative;

    UnitKind(boolean administrative) {
        this.administrative = administrative;
    }

    public boolean administrative() {
        return administrative;
    }
}
