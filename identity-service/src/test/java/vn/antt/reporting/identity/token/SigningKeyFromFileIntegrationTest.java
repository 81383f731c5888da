package vn.antt.reporting.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import vn.antt.reporting.identity.FreePort;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/** With {@code identity.signing-key.location} the issuer signs with the operator's key, so tokens survive a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
class SigningKeyFromFileIntegrationTest {

    private static final int PORT = FreePort.next();
    private static final String ISSUER = "http://localhost:" + PORT;
    private static final KeyPair OPERATORS_KEY = rsaKeyPair();
    private static final Path PEM = pkcs8Pem(OPERATORS_KEY);

    @DynamicPropertySource
    static void issuerWithTheOperatorsKey(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
        registry.add("identity.signing-key.location", () -> PEM.toUri().toString());
    }

    @Test
    void theJwksPublishesTheConfiguredKeyUnderItsThumbprint() throws Exception {
        JWKSet published = JWKSet.parse(new ApiClient(ISSUER).get("/oauth2/jwks").body());

        assertThat(published.getKeys()).hasSize(1);
        RSAKey key = published.getKeys().get(0).toRSAKey();
        RSAKey expected = new RSAKey.Builder((RSAPublicKey) OPERATORS_KEY.getPublic()).build();
        assertThat(key.toRSAPublicKey().getModulus()).isEqualTo(expected.toRSAPublicKey().getModulus());
        assertThat(key.getKeyID()).isEqualTo(expected.computeThumbprint().toString());
        assertThat(key.isPrivate()).isFalse();
    }

    @Test
    void tokensAreSignedWithTheConfiguredKey() throws Exception {
        SignedJWT token = SignedJWT.parse(OidcLogin.accessToken(ISSUER, "canbo.sontinh", "demo"));

        assertThat(token.verify(new RSASSAVerifier((RSAPublicKey) OPERATORS_KEY.getPublic()))).isTrue();
        assertThat(token.getJWTClaimsSet().getStringClaim("unit_code")).isEqualTo("527");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("REVIEWER");
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file {@code openssl genpkey -algorithm RSA} writes. */
    private static Path pkcs8Pem(KeyPair keyPair) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keyPair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try {
            Path file = Files.createTempFile("identity-signing-key", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
