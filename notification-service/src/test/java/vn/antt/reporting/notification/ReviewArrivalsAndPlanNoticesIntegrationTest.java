package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.notification.digest.DailyDigest;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.delivery.DeliveryState;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.time.PlatformTime;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Reviewers hear of each report that arrives for their review (submitted, or accepted by the level below); the clerks
 * and reviewers a plan concerns hear when it is issued and when their deadline changes. Once each, whatever the
 * redeliveries. The users here never saved settings unless the test says so.
 */
class ReviewArrivalsAndPlanNoticesIntegrationTest extends NotificationApiTest {

    @Autowired
    Plans plans;

    @Autowired
    UnitDirectory directory;

    @Autowired
    DailyDigest digest;

    String planId;

    @BeforeEach
    void directoryOfQuangNgai() {
        planId = "kh-119-" + UUID.randomUUID();
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.SON_TINH).isPresent()
                && directory.find(Units.QUANG_NGAI).isPresent() && directory.find(Units.TINH_SON).isPresent());
    }

    /** A user signed in to the web application (which opens the inbox), with the identity provider's name and address. */
    private ApiClient signedIn(String userId, String unit, String role, String address) {
        ApiClient user = ApiClient.on(port).as(TestTokens.issue(userId, unit, Map.of("name", "Đ/c " + userId, "email", address), role));
        assertThat(user.get("/api/inbox").status()).isEqualTo(200);
        return user;
    }

    /** The user's inbox messages about this test's plan, with the given subject start. */
    private List<JsonNode> inbox(ApiClient user, String subjectStart) {
        return user.get("/api/inbox").json().valueStream()
                .filter(m -> m.get("link").asString().contains(planId) && m.get("subject").asString().startsWith(subjectStart)).toList();
    }

    private static List<MimeMessage> mailsTo(String address, String subjectStart) {
        return mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aReportIsAnnouncedOnceToTheLevelWhoseHandsItIsInAndAReviewerMayHaveThemInTheDailyDigest() throws Exception {
        KafkaEvents.publish(PlanMother.plan119().id(planId).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).isPresent());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String districtMail = "canbo.sontinh." + suffix + "@baocao.test";
        String provinceMail = "canbo.tinh." + suffix + "@baocao.test";
        String districtId = "canbo.sontinh." + suffix;
        ApiClient district = signedIn(districtId, Units.SON_TINH, "REVIEWER", districtMail);
        String provinceId = "canbo.tinh." + suffix;
        ApiClient province = signedIn(provinceId, Units.QUANG_NGAI, "REVIEWER", provinceMail);
        ApiClient.Response chose = province.put("/api/notification-settings/me", Map.of("language", "en", "reviewDigest", "DAILY"));
        assertThat(chose.status()).as(chose.body()).isEqualTo(200);

        // Submitted by Tịnh Sơn (commune → district → province): the district reviews first. Delivered twice.
        ReportSubmitted submitted = ReportSubmittedMother.aReportSubmitted().plan(planId).build();
        EventEnvelope<DomainEvent> envelope = KafkaEvents.publish(submitted);
        KafkaEvents.publish(envelope);

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(district, "[Chờ thẩm định]").size() == 1
                && mailsTo(districtMail, "[Chờ thẩm định]").size() == 1);
        MimeMessage mail = mailsTo(districtMail, "[Chờ thẩm định]").get(0);
        assertThat(mail.getSubject()).isEqualTo("[Chờ thẩm định] Kế hoạch số 119/KH-UBND: báo cáo lần 1 của Xã Tịnh Sơn");
        assertThat((String) mail.getContent()).contains("Kính gửi Đ/c " + districtId + ",",
                "đã đến Huyện Sơn Tịnh để thẩm định (đơn vị gửi lúc 06/06/2025 09:00 +07:00)",
                "Hạn gửi báo cáo của đơn vị: 10/06/2025 00:00 +07:00", "Hạn thẩm định: 09/06/2025 09:00 +07:00",
                "Danh sách báo cáo chờ thẩm định: http://localhost:8080/review/" + planId);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(envelope.id()).and("recipient").is(districtId)), Delivery.class))
                .isEqualTo(2);

        // Accepted by the district: now in the province's hands; its reviewer chose the digest for these.
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(submitted));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(province, "[Awaiting review]").size() == 1);
        JsonNode arrived = inbox(province, "[Awaiting review]").get(0);
        assertThat(arrived.get("subject").asString()).isEqualTo("[Awaiting review] Plan 119/KH-UBND: version 1 of the report of Xã Tịnh Sơn");
        assertThat(arrived.get("body").asString()).contains("arrived for review by Tỉnh Quảng Ngãi (accepted by Huyện Sơn Tịnh at 07/06/2025 09:00 +07:00)",
                "Review due by: 10/06/2025 09:00 +07:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(Query.query(Criteria.where("recipient").is(provinceId)
                .and("channel").is(Channel.EMAIL.name()).and("state").is(DeliveryState.HELD_FOR_DIGEST.name())), Delivery.class) == 1);
        assertThat(mailsTo(provinceMail, "[Awaiting review]")).isEmpty();
        assertThat(inbox(district, "[Chờ thẩm định]")).hasSize(1);

        LocalDate today = PlatformTime.today(java.time.Clock.systemUTC());
        Instant nextMorning = today.plusDays(1).atTime(7, 0).atZone(PlatformTime.ZONE).toInstant();
        assertThat(digest.compose(nextMorning)).contains("digest:" + provinceId + ":" + today);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(provinceMail, "[Digest of").size() == 1);
        assertThat((String) mailsTo(provinceMail, "[Digest of").get(0).getContent())
                .contains("■ [Awaiting review] Plan 119/KH-UBND: version 1 of the report of Xã Tịnh Sơn");
    }

    /**
     * Codes are reused across the reform: 21217 is Xã Tịnh Sơn in plan 119 (May 2025) and Xã Sơn Tịnh since 1/7/2025
     * ({@code 21217@2025-07-01}). Each plan's message goes to the clerks of the unit it means, never to the other's.
     */
    @Test
    void aPlanIsToldToThePeopleOfTheUnitItMeansNotToThoseWhoseUnitHasTheCodeSinceTheReform() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String before = "vanthu.tinhson." + suffix;
        String after = "vanthu.sontinh.xa." + suffix;
        ApiClient tinhSon = signedIn(before, Units.TINH_SON, "CLERK", before + "@baocao.test");
        ApiClient sonTinh = ApiClient.on(port).as(TestTokens.issue(after, Units.TINH_SON, Map.of("name", "Đ/c " + after, "email",
                after + "@baocao.test", "unit_version", Units.TINH_SON + "@2025-07-01"), "CLERK"));
        assertThat(sonTinh.get("/api/inbox").status()).isEqualTo(200);

        KafkaEvents.publish(PlanMother.plan119().id(planId).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(tinhSon, "[Kế hoạch mới]").size() == 1);
        assertThat(inbox(sonTinh, "[Kế hoạch mới]")).isEmpty();
        assertThat(mongo.count(Query.query(Criteria.where("recipient").is(after)), Delivery.class)).isZero();

        String plan2026 = planId + "-2026";
        KafkaEvents.publish(PlanMother.plan119().id(plan2026).issuedOn(LocalDate.of(2026, 1, 15))
                .expected(List.of(new ExpectedUnit(Units.TINH_SON, "Xã Sơn Tịnh", "COMMUNE", List.of(Units.QUANG_NGAI),
                        Units.TINH_SON + "@2025-07-01"))).twoLevelChain().build());
        await().atMost(Duration.ofSeconds(30)).until(() -> sonTinh.get("/api/inbox").json().valueStream()
                .anyMatch(m -> m.get("link").asString().contains(plan2026)));
        assertThat(tinhSon.get("/api/inbox").json().valueStream().filter(m -> m.get("link").asString().contains(plan2026))).isEmpty();
    }

    @Test
    void aPlanIssuedThenGivenEarlierDeadlinesTellsTheClerksAndReviewersItConcernsOnceEach() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String clerkMail = "vanthu.tinhson." + suffix + "@baocao.test";
        ApiClient clerk = signedIn("vanthu.tinhson." + suffix, Units.TINH_SON, "CLERK", clerkMail);
        ApiClient district = signedIn("canbo.sontinh." + suffix, Units.SON_TINH, "REVIEWER", "canbo.sontinh." + suffix + "@baocao.test");

        KafkaEvents.publish(PlanMother.plan119().id(planId).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(clerk, "[Kế hoạch mới]").size() == 1
                && inbox(district, "[Kế hoạch mới]").size() == 1 && mailsTo(clerkMail, "[Kế hoạch mới]").size() == 1);
        MimeMessage issued = mailsTo(clerkMail, "[Kế hoạch mới]").get(0);
        assertThat(issued.getSubject()).isEqualTo("[Kế hoạch mới] Kế hoạch số 119/KH-UBND: Xã Tịnh Sơn gửi báo cáo trước 10/06/2025 00:00 +07:00");
        assertThat((String) issued.getContent()).contains("Ủy ban nhân dân tỉnh Quảng Ngãi đã ban hành Kế hoạch số 119/KH-UBND ngày 28/05/2025",
                "Xem kế hoạch: http://localhost:8080/plans/" + planId, "Lập báo cáo: http://localhost:8080/reports/" + planId + "/" + Units.TINH_SON);
        assertThat(inbox(district, "[Kế hoạch mới]").get(0).get("subject").asString())
                .isEqualTo("[Kế hoạch mới] Kế hoạch số 119/KH-UBND: Huyện Sơn Tịnh thẩm định báo cáo của 2 đơn vị");

        // The district sets an earlier internal deadline (revision 2), delivered twice; revision 1 comes again (older).
        Instant internal = Instant.parse("2025-06-05T17:00:00Z");
        EventEnvelope<DomainEvent> second = KafkaEvents.publish(PlanMother.plan119().id(planId).revision(2)
                .internalDeadline(Units.SON_TINH, internal).build());
        KafkaEvents.publish(second);
        KafkaEvents.publish(PlanMother.plan119().id(planId).build());
        // Then an extension for Tịnh Sơn alone (revision 3): its notice arrives after everything above was read.
        KafkaEvents.publish(PlanMother.plan119().id(planId).revision(3).internalDeadline(Units.SON_TINH, internal)
                .extension(Units.TINH_SON, Instant.parse("2025-06-07T17:00:00Z"), "Mưa lũ").build());

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(clerk, "[Đổi hạn]").size() == 2 && inbox(district, "[Đổi hạn]").size() == 2);
        assertThat(inbox(clerk, "[Đổi hạn]")).extracting(m -> m.get("subject").asString()).containsExactlyInAnyOrder(
                "[Đổi hạn] Kế hoạch số 119/KH-UBND: Xã Tịnh Sơn gửi báo cáo trước 06/06/2025 00:00 +07:00",
                "[Đổi hạn] Kế hoạch số 119/KH-UBND: Xã Tịnh Sơn gửi báo cáo trước 08/06/2025 00:00 +07:00");
        assertThat(inbox(clerk, "[Đổi hạn]")).extracting(m -> m.get("body").asString())
                .anySatisfy(body -> assertThat(body).contains("(hạn trước đây: 10/06/2025 00:00 +07:00)"));
        assertThat(inbox(district, "[Đổi hạn]")).extracting(m -> m.get("subject").asString()).containsExactlyInAnyOrder(
                "[Đổi hạn] Kế hoạch số 119/KH-UBND: hạn mới của 2 đơn vị do Huyện Sơn Tịnh thẩm định",
                "[Đổi hạn] Kế hoạch số 119/KH-UBND: hạn mới của 1 đơn vị do Huyện Sơn Tịnh thẩm định");
        assertThat(inbox(clerk, "[Kế hoạch mới]")).hasSize(1);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(second.id()).and("recipient").is("vanthu.tinhson." + suffix)),
                Delivery.class)).isEqualTo(2);
    }
}
