package vn.antt.reporting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;

/**
 * The decoder as Spring Boot builds it from {@code issuer-uri} (a {@link SupplierJwtDecoder} resolving the issuer at its
 * first use) against an issuer served here, which counts what it is asked.
 */
class IssuerWarmUpTest {

    private final KeyPair keys = rsa();
    private final RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
            .keyID("issuer-key").build();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    private HttpServer issuerServer;
    private String issuer;

    @BeforeEach
    void startIssuer() throws IOException {
        issuerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort();
        serve("/.well-known/openid-configuration", "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer
                + "/oauth2/jwks\",\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        serve("/oauth2/jwks", new JWKSet(jwk.toPublicJWK()).toString());
        issuerServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        issuerServer.stop(0);
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void withoutTheWarmUpTheFirstRequestsTokenFetchesTheIssuersConfigurationAndKeys() {
        JwtDecoder decoder = bootsDecoder(issuer);
        assertThat(asked).isEmpty();

        assertThat(decoder.decode(token()).getSubject()).isEqualTo("canbo.sontinh");

        assertThat(asked.get("/.well-known/openid-configuration")).hasValue(1);
        assertThat(asked.get("/oauth2/jwks")).hasValue(1);
    }

    @Test
    void afterTheWarmUpTheFirstRequestsTokenIsCheckedWithoutAskingTheIssuer() {
        JwtDecoder decoder = bootsDecoder(issuer);

        assertThat(new IssuerWarmUp(decoder, Duration.ofSeconds(20)).warmUp()).isEqualTo(IssuerWarmUp.Outcome.KEYS_RESOLVED);
        assertThat(asked.get("/.well-known/openid-configuration")).hasValue(1);
        assertThat(asked.get("/oauth2/jwks")).hasValue(1);

        assertThat(decoder.decode(token()).getClaimAsString("unit_code")).isEqualTo("527");
        assertThat(asked.get("/.well-known/openid-configuration")).hasValue(1);
        assertThat(asked.get("/oauth2/jwks")).hasValue(1);
    }

    @Test
    void theProbeIsWellFormedAndNoKeyVerifiesIt() {
        String probe = IssuerWarmUp.probeToken();
        assertThat(probe.split("\\.")).hasSize(3);
        JwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        assertThatThrownBy(() -> decoder.decode(probe)).isInstanceOf(BadJwtException.class).hasMessageContaining("signature");
    }

    @Test
    void anIssuerThatIsNotRunningLeavesTheResolutionToTheFirstRequest() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        JwtDecoder decoder = bootsDecoder("http://127.0.0.1:" + closedPort);

        assertThat(new IssuerWarmUp(decoder, Duration.ofSeconds(20)).warmUp()).isEqualTo(IssuerWarmUp.Outcome.ISSUER_NOT_RESOLVED);
    }

    @Test
    void anIssuerThatDoesNotAnswerHoldsTheStartUpNoLongerThanTheTimeout() throws IOException {
        ServerSocket silent = new ServerSocket(0);
        closing.add(silent);
        Thread accepting = new Thread(() -> {
            try {
                while (true) {
                    Socket connection = silent.accept(); // and never answer
                    closing.add(connection);
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        accepting.setDaemon(true);
        accepting.start();
        JwtDecoder decoder = bootsDecoder("http://127.0.0.1:" + silent.getLocalPort());

        long start = System.nanoTime();
        assertThat(new IssuerWarmUp(decoder, Duration.ofMillis(500)).warmUp()).isEqualTo(IssuerWarmUp.Outcome.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** What Spring Boot's resource-server auto-configuration builds from {@code issuer-uri}. */
    private static JwtDecoder bootsDecoder(String issuerUri) {
        return new SupplierJwtDecoder(() -> NimbusJwtDecoder.withIssuerLocation(issuerUri).build());
    }

    private String token() {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject("canbo.sontinh").issuedAt(now.minusSeconds(1))
                .expiresAt(now.plusSeconds(600)).claim("unit_code", "527").claim("roles", List.of("REVIEWER")).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(jwk)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("issuer-key").build(), claims))
                .getTokenValue();
    }

    private void serve(String path, String json) {
        issuerServer.createContext(path, exchange -> {
            asked.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
