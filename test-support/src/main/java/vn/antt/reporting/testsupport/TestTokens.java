package vn.antt.reporting.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real RS256 access tokens for service tests, signed with a key pair made once per JVM; the service
 * under test validates them with the public key ({@link #publicKeyLocation()}), exactly as it
 * validates the identity service's tokens in production. Claims match the identity service's:
 * {@code sub}, {@code unit_code}, {@code roles}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://test-issuer.invalid";

    private static final KeyPair KEYS = generate();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(
            new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                    .privateKey((RSAPrivateKey) KEYS.getPrivate()).keyID("test-key").build())));
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A token for a user acting for {@code unitCode} with the given roles (CLERK, REVIEWER, ADMIN). */
    public static String issue(String userId, String unitCode, String... roles) {
        return issue(userId, unitCode, Duration.ofMinutes(30), roles);
    }

    public static String issue(String userId, String unitCode, Duration validFor, String... roles) {
        return issue(userId, unitCode, Map.of(), validFor, roles);
    }

    /** A token with more claims, as the identity service gives them, e.g. {@code name} and {@code email}. */
    public static String issue(String userId, String unitCode, Map<String, Object> claims, String... roles) {
        return issue(userId, unitCode, claims, Duration.ofMinutes(30), roles);
    }

    private static String issue(String userId, String unitCode, Map<String, Object> more, Duration validFor, String... roles) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(userId)
                .issuedAt(now.minusSeconds(1))
                .expiresAt(now.plus(validFor))
                .claim("unit_code", unitCode)
                .claim("roles", List.of(roles));
        more.forEach(builder::claim);
        JwtClaimsSet claims = builder.build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test-key").build();
        return ENCODER.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** An already expired token. */
    public static String expired(String userId, String unitCode, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(userId)
                .issuedAt(past).expiresAt(past.plusSeconds(60))
                .claim("unit_code", unitCode).claim("roles", Arrays.asList(roles)).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test-key").build();
        return ENCODER.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** {@code file:} URL of the public key in PEM, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("test-jwt", ".pub");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
