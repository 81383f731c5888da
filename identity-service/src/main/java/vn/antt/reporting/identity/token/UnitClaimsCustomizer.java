package vn.antt.reporting.identity.token;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.antt.reporting.identity.user.ReportingUser;

/**
 * Puts the user's unit and roles into the access token and the ID token: every service reads
 * {@code unit_code} and {@code roles} to decide what the caller may do. Another issuer (Keycloak …)
 * must map the same claims.
 */
@Component
public class UnitClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String UNIT_CODE = "unit_code";
    public static final String UNIT_NAME = "unit_name";
    public static final String ROLES = "roles";

    @Override
    public void customize(JwtEncodingContext context) {
        Authentication principal = context.getPrincipal();
        if (!(principal.getPrincipal() instanceof ReportingUser user)) {
            return; // a client acting for itself has no unit
        }
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessToken || idToken) {
            context.getClaims().claims(claims -> {
                claims.put(UNIT_CODE, user.unitCode());
                claims.put(UNIT_NAME, user.unitName());
                claims.put(ROLES, user.roles());
                claims.put("name", user.displayName());
                claims.put("preferred_username", user.getUsername());
            });
        }
    }
}
