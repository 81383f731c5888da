package vn.antt.reporting.contracts.planning;

import java.time.LocalDate;

/**
 * The one date every service agrees on for the reform of local government (Resolution 202/2025/QH15 and the
 * Standing Committee's commune resolutions): from 1/7/2025 there are two levels, province and commune, and no
 * district. Units of the pre-reform list are valid to 30/6/2025, those of the 2025 list from this day.
 */
public final class LocalGovernment {

    /** First day of the two-level local government. */
    public static final LocalDate TWO_LEVELS_SINCE = LocalDate.of(2025, 7, 1);

    private LocalGovernment() {
    }

    /** True when {@code day} falls under the two-level local government (no district level). */
    public static boolean twoLevelsOn(LocalDate day) {
        return day != null && !day.isBefore(TWO_LEVELS_SINCE);
    }
}
