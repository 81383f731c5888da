package vn.antt.reporting.identity.token;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.antt.reporting.identity.user.ReportingUser;

/**
 * Puts the user's unit and roles into the access token and the ID token: every service reads
 * {@code unit_code}, {@code unit_version} (which unit the code names for them, codes being reused across the reform) and
 * {@code roles} to decide what the caller may do; {@code name} and {@code email} tell
 * notification-service how to address the person. Another issuer (Keycloak …) must map the same claims.
 */
@Component
public class UnitClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String UNIT_CODE = "unit_code";
    public static final String UNIT_NAME = "unit_name";
    /** The directory version of the unit: codes are reused across the reform of 1/7/2025 (21061 was Xã Bình Trị). */
    public static final String UNIT_VERSION = "unit_version";
    public static final String ROLES = "roles";
    /** The standard OIDC claim of the person's address: notification-service sends their e-mail there. */
    public static final String EMAIL = "email";

    /** The benchmark's client, only registered with the {@code bench} profile; empty: none. */
    private final String benchmarkClient;

    public UnitClaimsCustomizer(@Value("${identity.benchmark-client:}") String benchmarkClient) {
        this.benchmarkClient = benchmarkClient;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Authentication principal = context.getPrincipal();
        if (!(principal.getPrincipal() instanceof ReportingUser user)) {
            benchmarkClaims(context); // otherwise a client acting for itself has no unit
            return;
        }
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessToken || idToken) {
            ReportingUser.Profile profile = user.profile();
            context.getClaims().claims(claims -> {
                claims.put(UNIT_CODE, profile.unitCode());
                claims.put(UNIT_NAME, profile.unitName());
                claims.put(UNIT_VERSION, profile.unitVersion());
                claims.put(ROLES, profile.roles());
                claims.put("name", profile.displayName());
                claims.put("preferred_username", user.getUsername());
                if (profile.email() != null) {
                    claims.put(EMAIL, profile.email());
                }
            });
        }
    }

    /**
     * The load benchmark acts for thousands of units; it cannot sign in as a person for each. With the {@code bench}
     * profile only (never in production), its confidential client asks with client credentials for a token of any
     * unit and role: {@code unit_code}, {@code roles} (comma-separated) and optionally {@code unit_version} (the unit
     * version of a reused code, {@code code@validFrom}) as request parameters.
     */
    private void benchmarkClaims(JwtEncodingContext context) {
        if (benchmarkClient.isBlank() || !(context.getAuthorizationGrant() instanceof OAuth2ClientCredentialsAuthenticationToken grant)
                || !benchmarkClient.equals(context.getRegisteredClient().getClientId())
                || !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        Object unit = grant.getAdditionalParameters().get(UNIT_CODE);
        Object roles = grant.getAdditionalParameters().get(ROLES);
        Object version = grant.getAdditionalParameters().get(UNIT_VERSION);
        if (unit instanceof String code && code.matches("[A-Za-z0-9-]{1,40}") && roles instanceof String list
                && list.matches("(CLERK|REVIEWER|ADMIN)(,(CLERK|REVIEWER|ADMIN))*")
                && (version == null || version instanceof String key && key.matches(java.util.regex.Pattern.quote(code) + "(@\\d{4}-\\d{2}-\\d{2})?"))) {
            String unitVersion = version == null ? code : (String) version;
            context.getClaims().claims(claims -> {
                claims.put("sub", "bench." + code);
                claims.put(UNIT_CODE, code);
                claims.put(UNIT_VERSION, unitVersion);
                claims.put(ROLES, List.of(list.split(",")));
                claims.put("preferred_username", "bench." + code);
            });
        }
    }
}
