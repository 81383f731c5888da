package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.mothers.DeadlineAlertMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/** Each consumed event type reaches the right people with its own words, plan number and deadline. */
class EveryEventIntegrationTest extends NotificationApiTest {

    @Autowired
    Plans plans;

    @Autowired
    UnitDirectory directory;

    @Test
    void remindersEscalationsAcceptancesFinalApprovalsAndReviewDelaysReachTheirRecipients() {
        String planId = "kh-119-" + UUID.randomUUID();
        KafkaEvents.publish(PlanMother.plan119().id(planId).build());
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).isPresent() && directory.find(Units.SON_TINH).isPresent());
        String commune = unitOfThisTest();
        String district = unitOfThisTest();
        String province = unitOfThisTest();
        ApiClient clerk = as(register(commune, "CLERK", null, "vi", "IMMEDIATE"), commune, "CLERK");
        ApiClient districtReviewer = as(register(district, "REVIEWER", null, "vi", "IMMEDIATE"), district, "REVIEWER");
        ApiClient provinceReviewer = as(register(province, "REVIEWER", null, "vi", "IMMEDIATE"), province, "REVIEWER");

        MissingUnit missing = new MissingUnit(commune, "Xã Tịnh Sơn", "COMMUNE");
        KafkaEvents.publish(new DeadlineApproaching(planId + "|reminder", planId, "119/KH-UBND", district, "Huyện Sơn Tịnh",
                PlanMother.DEADLINE_119, Duration.ofDays(1), List.of(missing), PlanMother.DEADLINE_119.minus(Duration.ofDays(1))));
        OverdueEscalated escalated = DeadlineAlertMother.escalated();
        KafkaEvents.publish(new OverdueEscalated(planId + "|escalation", planId, "119/KH-UBND", district, "Huyện Sơn Tịnh", province,
                "Tỉnh Quảng Ngãi", escalated.deadline(), escalated.escalatedAfter(), escalated.missingUnits(), escalated.raisedAt()));
        ReportSubmitted submitted = ReportSubmittedMother.aReportSubmitted().plan(planId)
                .unit(new UnitRef(commune, "Xã Tịnh Sơn", "COMMUNE", List.of(Units.QUANG_NGAI, Units.SON_TINH))).build();
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(submitted));
        // The last level accepts: its acceptance is told by the one "[Hoàn tất]" message, not by a second "[Đã chấp nhận]".
        String finalAcceptance = KafkaEvents.publish(ReviewEventMother.acceptedByProvince(submitted)).id();
        KafkaEvents.publish(ReviewEventMother.finalized(submitted));
        ReviewOverdue late = ReviewEventMother.overdueAtDistrict(submitted);
        KafkaEvents.publish(new ReviewOverdue(late.planId(), late.unit(), late.submissionId(), late.version(), 1, district,
                late.waitingSince(), late.dueAt(), late.raisedAt()));

        await().atMost(Duration.ofSeconds(30)).until(() -> clerk.get("/api/inbox").json().size() == 3
                && districtReviewer.get("/api/inbox").json().size() == 1 && provinceReviewer.get("/api/inbox").json().size() == 1);
        assertThat(clerk.get("/api/inbox").json().findValuesAsString("subject")).containsExactlyInAnyOrder(
                "[Nhắc hạn] Kế hoạch số 119/KH-UBND: còn 1 ngày đến hạn gửi báo cáo",
                "[Đã chấp nhận] Kế hoạch số 119/KH-UBND: báo cáo lần 1 của Xã Tịnh Sơn — cấp huyện",
                "[Hoàn tất] Kế hoạch số 119/KH-UBND: báo cáo của Xã Tịnh Sơn đã được phê duyệt");
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(finalAcceptance)), Delivery.class)).isZero();
        for (JsonNode message : clerk.get("/api/inbox").json()) {
            // Links open the web application's pages, never the JSON API.
            assertThat(message.get("body").asString()).contains("trước ngày 10/06/2025", "http://localhost:8080/reports/")
                    .doesNotContain("/api/");
        }
        JsonNode escalation = provinceReviewer.get("/api/inbox").json().get(0);
        assertThat(escalation.get("subject").asString())
                .isEqualTo("[Quá hạn kéo dài] Kế hoạch số 119/KH-UBND: 2 đơn vị thuộc Huyện Sơn Tịnh vẫn chưa gửi báo cáo");
        assertThat(escalation.get("body").asString()).contains("Sau 1 ngày kể từ hạn", "- Xã Tịnh Sơn", "- Thị trấn Tịnh Hà");
        JsonNode review = districtReviewer.get("/api/inbox").json().get(0);
        assertThat(review.get("subject").asString()).startsWith("[Quá hạn thẩm định] Kế hoạch số 119/KH-UBND: báo cáo của Xã Tịnh Sơn");
        assertThat(review.get("body").asString()).contains("đã quá thời hạn thẩm định (3 ngày)", "trước ngày 10/06/2025");
    }
}
