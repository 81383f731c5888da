package vn.antt.reporting.notification.recipient;

import java.util.Set;

import vn.antt.reporting.platform.security.Role;

/**
 * Who a user is, as the identity provider's token says ({@code sub}, {@code name}, {@code email}, {@code unit_code},
 * {@code roles}) or as a directory contact lists them (the demo users, before they ever sign in).
 *
 * @param language the language to start with (a directory contact's; null: Vietnamese); the user's own choice wins
 */
public record Contact(String userId, String name, String unitCode, Set<Role> roles, String email, String language) {

    public Contact {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
