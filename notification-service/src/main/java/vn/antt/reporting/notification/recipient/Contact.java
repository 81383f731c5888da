package vn.antt.reporting.notification.recipient;

import java.util.Set;

import vn.antt.reporting.platform.security.Role;

/**
 * Who a user is, as the identity provider's token says ({@code sub}, {@code name}, {@code email}, {@code unit_code},
 * {@code roles}) or as a directory contact lists them (the demo users, before they ever sign in).
 *
 * @param language    the language to start with (a directory contact's; null: Vietnamese); the user's own choice wins
 * @param unitVersion the directory version of the unit ({@code unit_version}; null: the code's first version): codes are
 *                    reused across the reform of 1/7/2025, so a plan's messages go to the people of the unit it means
 */
public record Contact(String userId, String name, String unitCode, Set<Role> roles, String email, String language,
                      String unitVersion) {

    public Contact {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        unitVersion = unitVersion == null || unitVersion.isBlank() ? unitCode : unitVersion;
    }
}
