package vn.antt.reporting.identity.user;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person and the unit they act for. */
public class ReportingUser extends User {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Profile profile;

    public ReportingUser(IdentityProperties.UserEntry entry) {
        super(entry.username(), entry.password(),
                entry.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.profile = new Profile(entry.displayName(), entry.unitCode(), entry.unitName(), entry.unitVersion(),
                entry.email(), entry.roles().stream().sorted().toList());
    }

    /** What the tokens say about the person; kept apart from the credentials, which Spring Security erases. */
    public Profile profile() {
        return profile;
    }

    /**
     * @param unitVersion the directory version of the unit (the code for a code's first version), e.g.
     *                    {@code 21061@2025-07-01}
     * @param email       the person's address, or null when none is configured
     * @param roles       sorted, so that tokens list them the same way each time
     */
    public record Profile(String displayName, String unitCode, String unitName, String unitVersion, String email,
                          List<String> roles) implements Serializable {

        public Profile {
            roles = List.copyOf(roles);
        }
    }
}
