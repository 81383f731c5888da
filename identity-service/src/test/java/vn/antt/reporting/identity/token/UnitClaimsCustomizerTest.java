package vn.antt.reporting.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

import vn.antt.reporting.identity.user.IdentityProperties.UserEntry;
import vn.antt.reporting.identity.user.ReportingUser;

/** The claims every service reads, in the ID token as in the access token; none for a client acting for itself. */
class UnitClaimsCustomizerTest {

    private final UnitClaimsCustomizer customizer = new UnitClaimsCustomizer("");

    @Test
    void theIdTokenNamesTheUserTheirUnitAndRoles() {
        JwtClaimsSet claims = customize(signedIn(aUser().roles("REVIEWER", "ADMIN").build()),
                new OAuth2TokenType(OidcParameterNames.ID_TOKEN));

        assertThat(claims.getClaimAsString("unit_code")).isEqualTo("527");
        assertThat(claims.getClaimAsString("unit_name")).isEqualTo("Huyện Sơn Tịnh");
        assertThat(claims.getClaimAsStringList("roles")).containsExactly("ADMIN", "REVIEWER");
        assertThat(claims.getClaimAsString("name")).isEqualTo("Quản trị Công an huyện Sơn Tịnh");
        assertThat(claims.getClaimAsString("preferred_username")).isEqualTo("quantri.sontinh");
        assertThat(claims.getClaimAsString("email")).isEqualTo("quantri.sontinh@demo.baocao.antt.local");
    }

    @Test
    void theAccessTokenCarriesTheSameClaims() {
        JwtClaimsSet claims = customize(signedIn(aUser().build()), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaimAsString("unit_code")).isEqualTo("527");
        assertThat(claims.getClaimAsStringList("roles")).containsExactly("ADMIN");
        assertThat(claims.getClaimAsString("name")).isEqualTo("Quản trị Công an huyện Sơn Tịnh");
        assertThat(claims.getClaimAsString("email")).isEqualTo("quantri.sontinh@demo.baocao.antt.local");
    }

    @Test
    void bothTokensSayWhichUnitAReusedCodeNamesForTheUser() {
        ReportingUser vanTuong = aUser().ofLaterVersion("21061", "Xã Vạn Tường", "21061@2025-07-01").build();

        for (OAuth2TokenType type : java.util.List.of(OAuth2TokenType.ACCESS_TOKEN, new OAuth2TokenType(OidcParameterNames.ID_TOKEN))) {
            JwtClaimsSet claims = customize(signedIn(vanTuong), type);
            assertThat(claims.getClaimAsString("unit_code")).isEqualTo("21061");
            assertThat(claims.getClaimAsString("unit_version")).isEqualTo("21061@2025-07-01");
        }
        // A user configured without one belongs to the code's first version: its key is the code.
        assertThat(customize(signedIn(aUser().build()), OAuth2TokenType.ACCESS_TOKEN).getClaimAsString("unit_version"))
                .isEqualTo("527");
    }

    @Test
    void aUserWithoutAConfiguredAddressGetsNoEmailClaim() {
        JwtClaimsSet claims = customize(signedIn(aUser().withoutEmail().build()), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaims()).doesNotContainKey("email").containsKey("unit_code");
    }

    @Test
    void aClientActingForItselfGetsNoUnit() {
        RegisteredClient machine = RegisteredClient.withId("1").clientId("reporting-batch").clientSecret("{noop}s")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
        JwtClaimsSet claims = customize(new OAuth2ClientAuthenticationToken(machine,
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, "s"), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaims()).doesNotContainKeys("unit_code", "unit_name", "roles");
    }

    private JwtClaimsSet customize(Authentication principal, OAuth2TokenType tokenType) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(principal.getName());
        customizer.customize(JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
                .principal(principal).tokenType(tokenType).build());
        return claims.build();
    }

    private static Authentication signedIn(ReportingUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static UserBuilder aUser() {
        return new UserBuilder();
    }

    /** A district admin unless told otherwise. */
    private static final class UserBuilder {
        private Set<String> roles = Set.of("ADMIN");
        private String email = "quantri.sontinh@demo.baocao.antt.local";
        private String code = "527";
        private String unitName = "Huyện Sơn Tịnh";
        private String unitVersion;

        /** A unit whose code named another unit before (codes are reused across the reform of 1/7/2025). */
        UserBuilder ofLaterVersion(String code, String name, String version) {
            this.code = code;
            this.unitName = name;
            this.unitVersion = version;
            return this;
        }

        UserBuilder withoutEmail() {
            this.email = null;
            return this;
        }

        UserBuilder roles(String... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        ReportingUser build() {
            return new ReportingUser(new UserEntry("quantri.sontinh", "{noop}demo", "Quản trị Công an huyện Sơn Tịnh",
                    code, unitName, roles, email, unitVersion));
        }
    }
}
