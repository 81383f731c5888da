package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.notification.recipient.Contact;
import vn.antt.reporting.notification.recipient.Recipients;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Every user of a unit is told by default: in the inbox and by e-mail at the address the identity provider gives
 * (the token's {@code email}) or a directory contact lists; settings only change preferences.
 */
class DefaultRecipientsIntegrationTest extends NotificationApiTest {

    @Autowired
    Recipients recipients;

    static ReportSubmitted reportOf(String unit) {
        return ReportSubmittedMother.aReportSubmitted().plan("kh-119-" + UUID.randomUUID())
                .unit(new UnitRef(unit, "Xã Tịnh Sơn", "COMMUNE", List.of(Units.QUANG_NGAI, Units.SON_TINH))).build();
    }

    @Test
    void aClerkWhoNeverOpenedTheSettingsGetsTheInboxAndAnEmailAtTheIdentityProvidersAddress() throws Exception {
        String unit = unitOfThisTest();
        String clerkId = "vanthu." + unit.toLowerCase();
        String address = clerkId + "@idp.baocao.test";
        ApiClient clerk = ApiClient.on(port).as(TestTokens.issue(clerkId, unit,
                Map.of("name", "Văn thư xã Tịnh Sơn", "email", address), "CLERK"));
        // Signed in to the web application, which opens the inbox: never the settings.
        assertThat(clerk.get("/api/inbox").json()).isEmpty();

        KafkaEvents.publish(ReviewEventMother.returnedByDistrict(reportOf(unit)));

        await().atMost(Duration.ofSeconds(30)).until(() -> clerk.get("/api/inbox").json().size() == 1 && mailsTo(address).size() == 1);
        MimeMessage mail = mailsTo(address).get(0);
        assertThat(mail.getSubject()).startsWith("[Trả lại] Kế hoạch số");
        assertThat((String) mail.getContent()).startsWith("Kính gửi Văn thư xã Tịnh Sơn,");
        assertThat(clerk.get("/api/inbox").json().get(0).get("subject").asString()).isEqualTo(mail.getSubject());

        // The defaults, as the settings page shows them.
        JsonNode settings = clerk.get("/api/notification-settings/me").json();
        assertThat(settings.get("identityEmail").asString()).isEqualTo(address);
        assertThat(settings.get("address").asString()).isEqualTo(address);
        assertThat(settings.get("emailEnabled").asBoolean()).isTrue();
        assertThat(settings.get("language").asString()).isEqualTo("vi");
        assertThat(settings.get("digest").asString()).isEqualTo("IMMEDIATE");
        assertThat(settings.get("reviewDigest").asString()).isEqualTo("IMMEDIATE");
        assertThat(settings.get("name").asString()).isEqualTo("Văn thư xã Tịnh Sơn");

        // Settings change preferences only: English, and still the identity provider's address.
        ApiClient.Response saved = clerk.put("/api/notification-settings/me", Map.of("language", "en"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("address").asString()).isEqualTo(address);
        KafkaEvents.publish(ReviewEventMother.returnedByDistrict(reportOf(unit)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 2);
        assertThat(mailsTo(address)).extracting(MimeMessage::getSubject).anySatisfy(s -> assertThat(s).startsWith("[Returned] Plan"));

        // Inbox only, when the user turns e-mail off.
        assertThat(clerk.put("/api/notification-settings/me", Map.of("emailEnabled", false)).json().get("address").isNull()).isTrue();
        KafkaEvents.publish(ReviewEventMother.returnedByDistrict(reportOf(unit)));
        await().atMost(Duration.ofSeconds(30)).until(() -> clerk.get("/api/inbox").json().size() == 3);
        assertThat(mailsTo(address)).hasSize(2);
    }

    @Test
    void aDirectoryContactWhoNeverSignedInIsToldAtTheContactsAddress() throws Exception {
        String unit = unitOfThisTest();
        String address = "vanthu." + unit.toLowerCase() + "@demo.baocao.test";
        recipients.register(new Contact("vanthu." + unit.toLowerCase(), "Văn thư xã Tịnh Sơn", unit, Set.of(Role.CLERK), address, null, null));

        KafkaEvents.publish(ReviewEventMother.returnedByDistrict(reportOf(unit)));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
        assertThat((String) mailsTo(address).get(0).getContent()).startsWith("Kính gửi Văn thư xã Tịnh Sơn,");
    }
}
