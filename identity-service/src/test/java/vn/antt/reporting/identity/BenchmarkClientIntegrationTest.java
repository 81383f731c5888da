package vn.antt.reporting.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load benchmark's client (profile {@code bench} only): a token for any unit and role by client credentials;
 * without the profile the client does not exist ({@code ClientSecretsIntegrationTest}). Its secret stays as configured
 * ({@code {noop}}) after use, so the issuer does not check it with BCrypt for each of the benchmark's thousands of tokens;
 * every other secret and password still is BCrypt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "bench"})
class BenchmarkClientIntegrationTest {

    private static final int PORT = FreePort.next();
    private static final String ISSUER = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void issuerOnThisPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
    }

    @Autowired
    RegisteredClientRepository clients;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static HttpResponse<String> token(String secret, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("benchmark:" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBenchmarkGetsATokenOfAnyUnitAndRoleAndNothingWithoutItsSecretOrWithBadParameters() throws Exception {
        HttpResponse<String> response = token("benchmark-only", "grant_type=client_credentials&scope=benchmark&unit_code=21217&roles=CLERK");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        SignedJWT jwt = SignedJWT.parse(accessToken);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit_code")).isEqualTo("21217");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CLERK");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("bench.21217");

        assertThat(token("wrong", "grant_type=client_credentials&scope=benchmark&unit_code=21217&roles=CLERK").statusCode()).isEqualTo(401);
        // A role that does not exist gives a token without unit or roles: no service accepts it for anything.
        String roleless = JsonMapper.builder().build().readTree(
                token("benchmark-only", "grant_type=client_credentials&scope=benchmark&unit_code=21217&roles=ROOT").body())
                .get("access_token").asString();
        assertThat(SignedJWT.parse(roleless).getJWTClaimsSet().getClaim("unit_code")).isNull();

        // A later version of a reused code (Xã Vạn Tường, 21061 since 1/7/2025); one of another code gives no unit.
        assertThat(claimsOf("unit_code=21061&roles=CLERK&unit_version=21061%402025-07-01").getStringClaim("unit_version"))
                .isEqualTo("21061@2025-07-01");
        assertThat(claimsOf("unit_code=21061&roles=CLERK").getStringClaim("unit_version")).isEqualTo("21061");
        assertThat(claimsOf("unit_code=21061&roles=CLERK&unit_version=21217%402025-07-01").getClaim("unit_code")).isNull();
    }

    private com.nimbusds.jwt.JWTClaimsSet claimsOf(String parameters) throws Exception {
        HttpResponse<String> response = token("benchmark-only", "grant_type=client_credentials&scope=benchmark&" + parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SignedJWT.parse(JsonMapper.builder().build().readTree(response.body()).get("access_token").asString()).getJWTClaimsSet();
    }

    @Test
    void theBenchmarkClientsSecretIsNotUpgradedToBcryptSoEachTokenCostsNoBcryptCheck() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = token("benchmark-only",
                    "grant_type=client_credentials&scope=benchmark&unit_code=2121" + i + "&roles=CLERK");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        // Spring Authorization Server re-encodes a secret when upgradeEncoding says so (the default for {noop}).
        assertThat(clients.findByClientId("benchmark").getClientSecret()).isEqualTo("{noop}benchmark-only");
        assertThat(token("benchmark-onl", "grant_type=client_credentials&scope=benchmark&unit_code=21217&roles=CLERK").statusCode())
                .isEqualTo(401);
        assertThat(clients.findByClientId("benchmark").getClientSecret()).isEqualTo("{noop}benchmark-only");

        // Everything else as without the profile: new hashes are BCrypt, other {noop} secrets are upgraded.
        assertThat(passwordEncoder.encode("demo")).startsWith("{bcrypt}$2a$10$");
        assertThat(passwordEncoder.upgradeEncoding("{noop}reporting-web-demo-secret")).isTrue();
        assertThat(passwordEncoder.upgradeEncoding("{noop}benchmark-only")).isFalse();
        assertThat(passwordEncoder.matches("demo", "{bcrypt}$2a$10$TXjip/oHfpwFEaQnhQIeBOODFb.UQ/73.41VAwEg8wiDOVj3ojKZq")).isTrue();
    }
}
