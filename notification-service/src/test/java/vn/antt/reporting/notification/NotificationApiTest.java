package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Base of the notification-service tests: the service on the shared broker and store, delivering e-mail to an
 * embedded SMTP server (GreenMail). Each test registers its own users at its own units, so tests never read each
 * other's messages.
 */
@ServiceIntegrationTest
public abstract class NotificationApiTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    /** A unit code of this test's own, so that only its users hear about its events. */
    protected static String unitOfThisTest() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected ApiClient as(String userId, String unit, String role) {
        return ApiClient.on(port).as(TestTokens.issue(userId, unit, role));
    }

    /** Registers a user's contacts through the API, as the user would. */
    protected String register(String unit, String role, String email, String language, String digest) {
        String userId = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> settings = new HashMap<>(Map.of("displayName", "Đ/c " + userId, "language", language, "digest", digest));
        if (email != null) {
            settings.put("email", email);
        }
        ApiClient.Response saved = as(userId, unit, role).put("/api/notification-settings/me", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return userId;
    }

    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
