package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.notification.digest.DailyDigest;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SseClient;
import vn.antt.reporting.testsupport.TestTokens;

class EmailAndInboxIntegrationTest extends NotificationApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Plans plans;

    @Autowired
    UnitDirectory directory;

    @Autowired
    DailyDigest digest;

    /** Seven communes of huyện Sơn Tịnh and its neighbours with no report in. */
    static List<MissingUnit> sevenCommunes() {
        return QuangNgaiHierarchy.communes().stream().limit(7).map(c -> new MissingUnit(c.code(), c.name(), c.kind())).toList();
    }

    static ReportOverdue overdue(String supervisor) {
        return new ReportOverdue("kh-119|overdue|" + supervisor + "|" + UUID.randomUUID(), "kh-119-2025-qng", "119/KH-UBND", supervisor,
                "Huyện Sơn Tịnh", PlanMother.DEADLINE_119, sevenCommunes(), PlanMother.DEADLINE_119);
    }

    @Test
    void anOverdueAlertIsOneEmailPerSupervisorInTheirLanguageAndOneInboxMessageAndARedeliveryChangesNothing() throws Exception {
        String unit = unitOfThisTest();
        String chiefMail = "truong." + unit.toLowerCase() + "@baocao.test";
        String adminMail = "admin." + unit.toLowerCase() + "@baocao.test";
        String chief = register(unit, "REVIEWER", chiefMail, "vi", "IMMEDIATE");
        register(unit, "ADMIN", adminMail, "en", "IMMEDIATE");
        String clerkMail = "vanthu." + unit.toLowerCase() + "@baocao.test";
        register(unit, "CLERK", clerkMail, "vi", "IMMEDIATE");

        EventEnvelope<DomainEvent> envelope = KafkaEvents.publish(overdue(unit));
        KafkaEvents.publish(envelope); // the same event delivered again

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(chiefMail).size() == 1 && mailsTo(adminMail).size() == 1);
        MimeMessage mail = mailsTo(chiefMail).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Quá hạn] Kế hoạch số 119/KH-UBND: 7 đơn vị thuộc Huyện Sơn Tịnh chưa gửi báo cáo");
        String body = (String) mail.getContent();
        assertThat(body).contains("Đã hết hạn gửi báo cáo theo Kế hoạch số 119/KH-UBND (hạn: trước ngày 10/06/2025).",
                "- Phường Lê Hồng Phong", "- Xã Bình Thạnh", "- Thị trấn Trà Xuân",
                "http://localhost:8080/status/kh-119-2025-qng");
        assertThat(mail.getFrom()[0].toString()).contains("khong-tra-loi@baocao.antt.local");
        assertThat(mail.getHeader("X-Antt-Event-Type")).containsExactly(EventCatalog.entryFor(ReportOverdue.class).cloudEventType());
        assertThat(mail.getHeader("X-Antt-Delivery")[0]).startsWith(envelope.id() + ":");
        assertThat(mailsTo(adminMail).get(0).getSubject()).isEqualTo("[Overdue] Plan 119/KH-UBND: 7 unit(s) of Huyện Sơn Tịnh have not reported");

        // The inbox: one message per supervisor, read and unread again.
        ApiClient chiefApi = as(chief, unit, "REVIEWER");
        await().atMost(Duration.ofSeconds(10)).until(() -> chiefApi.get("/api/inbox").json().size() == 1);
        String id = chiefApi.get("/api/inbox").json().get(0).get("id").asString();
        assertThat(chiefApi.put("/api/inbox/" + id + "/read", Map.of("read", true)).json().get("readAt").isNull()).isFalse();
        assertThat(chiefApi.get("/api/inbox?unread=true").json()).isEmpty();
        assertThat(as("someone.else", unit, "REVIEWER").put("/api/inbox/" + id + "/read", Map.of("read", true)).status())
                .isEqualTo(404);

        // Nothing more arrives later, and the clerk (not a supervisor) got nothing.
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(chiefMail).size() == 1 && mailsTo(clerkMail).isEmpty());
        assertThat(mailsTo(chiefMail)).hasSize(1);
        assertThat(mailsTo(clerkMail)).isEmpty();
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(envelope.id())), Delivery.class)).isEqualTo(4);
        assertThat(meters.get("reporting.notifications").tags("channel", "email", "outcome", "sent").counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theInboxStreamPushesNewMessagesAndResumesAfterTheLastOneSeen() throws Exception {
        String unit = unitOfThisTest();
        String chief = register(unit, "REVIEWER", "truong." + unit.toLowerCase() + "@baocao.test", "vi", "IMMEDIATE");
        String token = TestTokens.issue(chief, unit, "REVIEWER");
        String url = "http://localhost:" + port + "/api/inbox/stream";
        String firstId;
        try (SseClient inbox = new SseClient(url, token, null)) {
            assertThat(inbox.status()).isEqualTo(200);
            KafkaEvents.publish(overdue(unit));
            SseClient.Event first = inbox.next(Duration.ofSeconds(30));
            assertThat(first).isNotNull();
            assertThat(first.name()).isEqualTo("message");
            assertThat(first.data()).contains("[Quá hạn] Kế hoạch số 119/KH-UBND");
            firstId = first.id();
            assertThat(inbox.comments.poll(5, TimeUnit.SECONDS)).isEqualTo("heartbeat");
        }
        // A message while the user was away: sent first on reconnection with Last-Event-ID.
        KafkaEvents.publish(overdue(unit));
        ApiClient chiefApi = as(chief, unit, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).until(() -> chiefApi.get("/api/inbox").json().size() == 2);
        try (SseClient resumed = new SseClient(url, token, firstId)) {
            SseClient.Event missed = resumed.next(Duration.ofSeconds(10));
            assertThat(missed).isNotNull();
            assertThat(missed.id()).isNotEqualTo(firstId);
            assertThat(resumed.next(Duration.ofMillis(500))).isNull();

            // On shutdown the open streams end first, so the web server's graceful shutdown need not wait for them.
            SmartLifecycle streams = context.getBean("inboxController", SmartLifecycle.class);
            streams.stop();
            try {
                assertThat(resumed.awaitEnd(Duration.ofSeconds(5))).as("the stream ended by the server").isTrue();
            } finally {
                streams.start();
            }
        }
    }

    @Test
    void aReturnedReportTellsTheSubmittingUnitsClerkWhyWithTheNotesAndTheLink() throws Exception {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        String planId = "kh-119-" + UUID.randomUUID();
        KafkaEvents.publish(PlanMother.plan119().id(planId).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).isPresent() && directory.find(Units.SON_TINH).isPresent());
        String unit = unitOfThisTest();
        String clerkMail = "vanthu." + unit.toLowerCase() + "@baocao.test";
        register(unit, "CLERK", clerkMail, "vi", "IMMEDIATE");

        ReportSubmitted submitted = ReportSubmittedMother.aReportSubmitted().plan(planId)
                .unit(new UnitRef(unit, "Xã Tịnh Sơn", "COMMUNE", List.of(Units.QUANG_NGAI, Units.SON_TINH))).build();
        KafkaEvents.publish(ReviewEventMother.returnedByDistrict(submitted));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(clerkMail).size() == 1);
        MimeMessage mail = mailsTo(clerkMail).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Trả lại] Kế hoạch số 119/KH-UBND: báo cáo lần 1 của Xã Tịnh Sơn cần chỉnh sửa");
        assertThat((String) mail.getContent()).contains("Huyện Sơn Tịnh đã trả lại báo cáo lần 1 của Xã Tịnh Sơn",
                "Lý do: Số liệu kinh phí chưa khớp, đề nghị rà soát lại",
                "- Mục II.2.1 (budget.total): Tổng kinh phí không bằng tổng các khoản thành phần",
                "trước ngày 10/06/2025", "http://localhost:8080/reports/" + planId + "/" + unit + "/versions/" + submitted.submissionId());
    }

    @Test
    void aUserWhoChoseADailyDigestGetsOneEmailForTheDayAndTheInboxAtOnce() throws Exception {
        String unit = unitOfThisTest();
        String mail = "truong." + unit.toLowerCase() + "@baocao.test";
        String chief = register(unit, "REVIEWER", mail, "vi", "DAILY");
        KafkaEvents.publish(overdue(unit));
        KafkaEvents.publish(overdue(unit));
        ApiClient chiefApi = as(chief, unit, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).until(() -> chiefApi.get("/api/inbox").json().size() == 2);
        assertThat(mailsTo(mail)).isEmpty();

        // The next morning at 07:00 (Vietnam time): one digest for the day, once.
        LocalDate today = LocalDate.now(VietnameseFormat.ZONE);
        Instant nextMorning = today.plusDays(1).atTime(7, 0).atZone(VietnameseFormat.ZONE).toInstant();
        assertThat(digest.compose(nextMorning)).hasSize(1);
        assertThat(digest.compose(nextMorning)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mail).size() == 1);
        MimeMessage sent = mailsTo(mail).get(0);
        assertThat(sent.getSubject()).isEqualTo("[Tổng hợp ngày " + VietnameseFormat.date(today.atStartOfDay(VietnameseFormat.ZONE).toInstant())
                + "] 2 thông báo");
        assertThat(((String) sent.getContent()).split("\\[Quá hạn\\]", -1)).hasSize(3);
    }
}
