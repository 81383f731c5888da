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

/**
 * Without the {@code bench} profile: there is no benchmark client, a wrong secret is refused, and a client secret
 * configured as {@code {noop}} is hashed with BCrypt at its first use (the benchmark profile's exception does not reach
 * here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
class ClientSecretsIntegrationTest {

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

    private static HttpResponse<String> token(String client, String secret, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noBenchmarkClientAndEverySecretIsCheckedAndKeptAsBcrypt() throws Exception {
        String benchmarkForm = "grant_type=client_credentials&scope=benchmark&unit_code=21217&roles=CLERK";
        assertThat(clients.findByClientId("benchmark")).isNull();
        assertThat(token("benchmark", "benchmark-only", benchmarkForm).statusCode()).isEqualTo(401);

        // The web application's client: a wrong secret is refused, the right one authenticates the client (which may
        // not use client credentials: 400 unauthorized_client, after its secret was checked) and is then kept as BCrypt.
        assertThat(clients.findByClientId("reporting-web").getClientSecret()).isEqualTo("{noop}reporting-web-demo-secret");
        assertThat(token("reporting-web", "wrong", "grant_type=client_credentials").statusCode()).isEqualTo(401);
        HttpResponse<String> authenticated = token("reporting-web", "reporting-web-demo-secret", "grant_type=client_credentials");
        assertThat(authenticated.statusCode()).as(authenticated.body()).isEqualTo(400);
        assertThat(authenticated.body()).contains("unauthorized_client");
        String stored = clients.findByClientId("reporting-web").getClientSecret();
        assertThat(stored).startsWith("{bcrypt}$2a$10$");
        assertThat(passwordEncoder.matches("reporting-web-demo-secret", stored)).isTrue();
        assertThat(token("reporting-web", "wrong", "grant_type=client_credentials").statusCode()).isEqualTo(401);

        assertThat(passwordEncoder.upgradeEncoding("{noop}benchmark-only")).isTrue();
        assertThat(passwordEncoder.encode("demo")).startsWith("{bcrypt}$2a$10$");
    }
}
