package vn.antt.reporting.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * The embedded issuer as the services and the people's tools use it: OIDC discovery, sign-in with
 * authorization code + PKCE, and tokens that carry the user's unit and roles, signed with the key the
 * JWKS publishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
class SignInIntegrationTest {

    private static final int PORT = FreePort.next();
    private static final String ISSUER = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void issuerOnThisPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
    }

    private final ApiClient anonymous = new ApiClient(ISSUER);

    @Test
    void discoveryNamesTheIssuerAndItsKeys() {
        ApiClient.Response discovery = anonymous.get("/.well-known/openid-configuration");
        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.json().get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.json().get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.json().get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aCommuneClerksTokenCarriesTheUnitAndRoleAndIsSignedByThePublishedKey() throws Exception {
        String token = OidcLogin.accessToken(ISSUER, "vanthu.tinhson", "demo");

        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = JWKSet.parse(anonymous.get("/oauth2/jwks").body()).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("vanthu.tinhson");
        assertThat(claims.getStringClaim("unit_code")).isEqualTo("21217");
        assertThat(claims.getStringClaim("unit_name")).isEqualTo("Xã Tịnh Sơn");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CLERK");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("vanthu.tinhson");
        assertThat(claims.getStringClaim("name")).isEqualTo("Văn thư xã Tịnh Sơn");
        // The address notification-service sends e-mail to (the demo contact's in the local mail server).
        assertThat(claims.getStringClaim("email")).isEqualTo("vanthu.tinhson@demo.baocao.antt.local");
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(claims.getIssueTime().toInstant().plusSeconds(30 * 60));
    }

    @Test
    void aProvinceAdminIsAnAdminOfUnit51() throws Exception {
        var claims = SignedJWT.parse(OidcLogin.accessToken(ISSUER, "quantri.tinh", "demo")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("unit_code")).isEqualTo("51");
        assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> OidcLogin.accessToken(ISSUER, "vanthu.tinhson", "sai-mat-khau"))
                .hasMessageContaining("sign-in refused");
        assertThat(anonymous.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void theSignInPageIsVietnameseAndCarriesItsCsrfField() {
        ApiClient.Response page = anonymous.get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">", "Đăng nhập", "Tên đăng nhập", "Mật khẩu")
                .containsPattern("name=\"_csrf\"[^>]*value=\"[^\"]+\"");
    }

    /** The stylesheet the page links, from web-look: the same file the web application serves. */
    @Test
    void theSignInPageHasTheWebApplicationsLook() {
        ApiClient.Response css = anonymous.get("/css/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.body()).contains("--antt-primary: #0b3d91", ".antt-header");
    }

    @Test
    void anUnknownClientOrRedirectGetsNoCode() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> unknownClient = http.send(HttpRequest.newBuilder(URI.create(ISSUER
                + "/oauth2/authorize?response_type=code&client_id=nobody&redirect_uri=http://127.0.0.1:8080/authorized"
                + "&scope=openid&code_challenge=abc&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownClient.statusCode()).isEqualTo(400);
        HttpResponse<String> foreignRedirect = http.send(HttpRequest.newBuilder(URI.create(ISSUER
                + "/oauth2/authorize?response_type=code&client_id=reporting-cli&redirect_uri=http://evil.example/cb"
                + "&scope=openid&code_challenge=abc&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreignRedirect.statusCode()).isEqualTo(400);
        assertThat(foreignRedirect.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        ApiClient.Response metrics = anonymous.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
