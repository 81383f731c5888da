package vn.antt.reporting.identity.user;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The people who may sign in at the embedded issuer. Passwords are stored encoded
 * ({@code {bcrypt}…}, or {@code {noop}…} for throw-away demo users).
 */
@Validated
@ConfigurationProperties("identity")
public record IdentityProperties(@Valid List<UserEntry> users) {

    public IdentityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param username    sign-in name, e.g. {@code vanthu.tinhson}
     * @param password    encoded password
     * @param displayName the person's title as shown to others, e.g. "Văn thư xã Tịnh Sơn"
     * @param unitCode    GSO code of the unit the user acts for
     * @param unitName    the unit's name
     * @param roles       CLERK, REVIEWER, ADMIN
     * @param email       the person's address, given to every service in the tokens' {@code email} claim (optional)
     */
    public record UserEntry(@NotBlank String username, @NotBlank String password, @NotBlank String displayName,
                            @NotBlank String unitCode, @NotBlank String unitName, @NotEmpty Set<String> roles,
                            @Email String email) {
    }
}
