package vn.antt.reporting.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the validated access token: the user, the unit they act for and their roles.
 * Controllers declare a {@code Caller} parameter; every access decision is made on it.
 */
public record Caller(String userId, String unitCode, Set<Role> roles) {

    public static final String UNIT_CLAIM = "unit_code";
    public static final String ROLES_CLAIM = "roles";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller from(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(ROLES_CLAIM);
        Collection<Role> roles = names == null ? List.of() : names.stream()
                .filter(name -> isRole(name))
                .map(Role::valueOf)
                .toList();
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(UNIT_CLAIM), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
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

    public boolean actsFor(String unit) {
        return unitCode != null && unitCode.equals(unit);
    }
}
