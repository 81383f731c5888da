package vn.antt.reporting.identity.user;

import java.io.Serial;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person and the unit they act for: what the tokens say about them. */
public class ReportingUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String unitCode;
    private final String unitName;
    private final String unitVersion;
    private final Set<String> roles;
    private final String email;

    public ReportingUser(IdentityProperties.UserEntry entry) {
        super(entry.username(), entry.password(),
                entry.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.displayName = entry.displayName();
        this.unitCode = entry.unitCode();
        this.unitName = entry.unitName();
        this.unitVersion = entry.unitVersion();
        this.roles = new TreeSet<>(entry.roles());
        this.email = entry.email();
    }

    public String displayName() {
        return displayName;
    }

    public String unitCode() {
        return unitCode;
    }

    /** The directory version of the unit (the code for a code's first version), e.g. {@code 21061@2025-07-01}. */
    public String unitVersion() {
        return unitVersion;
    }

    public String unitName() {
        return unitName;
    }

    /** The person's address, or null when none is configured. */
    public String email() {
        return email;
    }

    public List<String> roles() {
        return List.copyOf(roles);
    }
}
