package vn.antt.reporting.identity.user;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

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
    /**
     * @param unitVersion the directory version of the unit when its code named another unit before (codes are reused
     *                    across the reform of 1/7/2025): {@code code@validFrom}, the {@code versionKey} planning-service
     *                    lists for the unit, e.g. {@code 21061@2025-07-01} for Xã Vạn Tường; absent: the code's first
     *                    version (its key is the code)
     */
    public record UserEntry(@NotBlank String username, @NotBlank String password, @NotBlank String displayName,
                            @NotBlank String unitCode, @NotBlank String unitName, @NotEmpty Set<String> roles,
                            @Email String email, @Pattern(regexp = "[A-Za-z0-9-]{1,40}(@\\d{4}-\\d{2}-\\d{2})?") String unitVersion) {

        public UserEntry {
            unitVersion = unitVersion == null || unitVersion.isBlank() ? unitCode : unitVersion;
        }
    }
}
