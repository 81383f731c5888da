package vn.antt.reporting.web.signin;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the ID token describes them: who, for which unit, in which roles.
 *
 * @param roles CLERK, REVIEWER, ADMIN
 */
public record CurrentUser(String username, String displayName, String unitCode, String unitName, Set<String> roles) {

    public static final String CLERK = "CLERK";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    /** Who is signed in on this request, or null (pages rendered outside a controller, e.g. error pages, need it too). */
    public static CurrentUser signedIn() {
        return CurrentUserResolver.current();
    }

    public static CurrentUser of(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getClaimAsString("name");
        String username = user.getClaimAsString("preferred_username");
        return new CurrentUser(username == null ? user.getSubject() : username, name == null ? username : name,
                user.getClaimAsString("unit_code"), user.getClaimAsString("unit_name"),
                roles == null ? Set.of() : new TreeSet<>(roles));
    }

    public boolean isClerk() {
        return roles.contains(CLERK);
    }

    public boolean isReviewer() {
        return roles.contains(REVIEWER);
    }

    /** "Văn thư", "Cán bộ thẩm định", "Quản trị", as the header shows the roles. */
    public String roleNames() {
        return String.join(", ", roles.stream().map(role -> switch (role) {
            case CLERK -> "Văn thư";
            case REVIEWER -> "Cán bộ thẩm định";
            case ADMIN -> "Quản trị";
            default -> role;
        }).toList());
    }
}
