package vn.antt.reporting.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the validated access token: the user, the unit they act for and their roles.
 * Controllers declare a {@code Caller} parameter; every access decision is made on it.
 *
 * @param unitVersion the directory version of the caller's unit ({@code unit_version}): codes are reused across the
 *                    reform of 1/7/2025, so the clerk of Xã Vạn Tường ({@code 21061@2025-07-01}) is not the clerk of
 *                    Xã Bình Trị, which had code {@code 21061} before it; absent: the code's first version
 */
public record Caller(String userId, String unitCode, Set<Role> roles, String unitVersion) {

    public static final String UNIT_CLAIM = "unit_code";
    public static final String UNIT_VERSION_CLAIM = "unit_version";
    public static final String ROLES_CLAIM = "roles";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        unitVersion = unitVersion == null ? unitCode : unitVersion;
    }

    /** A caller of their code's first version. */
    public Caller(String userId, String unitCode, Set<Role> roles) {
        this(userId, unitCode, roles, null);
    }

    public static Caller from(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(ROLES_CLAIM);
        Collection<Role> roles = names == null ? List.of() : names.stream()
                .filter(name -> isRole(name))
                .map(Role::valueOf)
                .toList();
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(UNIT_CLAIM), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                jwt.getClaimAsString(UNIT_VERSION_CLAIM));
    }

    private static boolean isRole(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * True when the caller's code is {@code unit}, whatever unit the code named when: for what is the unit's own today
     * (its settings, its inbox). What belongs to a plan is decided by {@link #actsFor(String, String)}.
     */
    public boolean actsFor(String unit) {
        return unitCode != null && unitCode.equals(unit);
    }

    /**
     * True when the caller is this version of the unit: the code, and the version the plan means ({@code versionKey},
     * null read as the code's first version). A reused code does not make the new unit's people act for the old one.
     */
    public boolean actsFor(String unit, String versionKey) {
        return actsFor(unit) && unitVersion.equals(versionKey == null ? unit : versionKey);
    }
}
