package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Every forbidden action is refused with its rule and leaves the case and its audit trail as they were;
 * of two reviewers acting at once one wins; replayed events change nothing; a review deadline raises
 * ReviewOverdue once.
 */
class ReviewRulesIntegrationTest extends ReviewApiTest {

    @Autowired
    ReviewOverdueWatch overdue;

    @Test
    void forbiddenActionsAreRefusedAndChangeNothing() {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        submit(plan, Units.sonTinh(), 1, ReportSubmittedMother.tinhSonFigures());
        ReviewCase before = find(plan, Units.TINH_SON);
        ReviewCase districtBefore = find(plan, Units.SON_TINH);

        ApiClient.Response wrongDistrict = reviewer("canbo.binhson", Units.BINH_SON).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        ApiClient.Response wrongLevel = reviewer("canbo.congantinh", Units.QUANG_NGAI).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        ApiClient.Response selfReview = reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.SON_TINH) + "/acceptance", Map.of());
        ApiClient.Response clerk = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh", Units.SON_TINH, "CLERK"))
                .post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        ApiClient.Response noReason = reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/return", Map.of("reason", " "));
        ApiClient.Response staleVersion = reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of("version", 7));
        ApiClient.Response unknown = reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, "99999") + "/acceptance", Map.of());

        assertThat(wrongDistrict.status()).as(wrongDistrict.body()).isEqualTo(404);
        assertThat(wrongLevel.status()).isEqualTo(403);
        assertThat(wrongLevel.json().path("rule").asString()).isEqualTo("not-reviewer-of-level");
        assertThat(selfReview.status()).isEqualTo(403);
        assertThat(selfReview.json().path("rule").asString()).isEqualTo("self-review");
        assertThat(clerk.status()).as("a clerk of the district does not even see its communes' cases").isEqualTo(404);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(staleVersion.status()).isEqualTo(409);
        assertThat(staleVersion.json().path("rule").asString()).isEqualTo("version-changed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(find(plan, Units.TINH_SON)).usingRecursiveComparison().ignoringFields("outbox").isEqualTo(before);
        assertThat(find(plan, Units.SON_TINH)).usingRecursiveComparison().ignoringFields("outbox").isEqualTo(districtBefore);

        // A final case allows nothing more; the audit trail cannot be written through the API.
        reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        reviewer("canbo.congantinh", Units.QUANG_NGAI).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        ReviewCase done = expectState(plan, Units.TINH_SON, ReviewState.FINAL);
        ApiClient province = reviewer("canbo.congantinh", Units.QUANG_NGAI);
        ApiClient.Response again = province.post(path(plan, Units.TINH_SON) + "/return", Map.of("reason", "Xem lại"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("review-action-not-allowed");
        assertThat(province.delete(path(plan, Units.TINH_SON) + "/audit").status()).isIn(403, 405);
        assertThat(province.put(path(plan, Units.TINH_SON) + "/audit", List.of()).status()).isIn(403, 405);
        assertThat(find(plan, Units.TINH_SON).audit()).isEqualTo(done.audit());
        ApiClient.Response ownAudit = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"))
                .get(path(plan, Units.TINH_SON) + "/audit");
        assertThat(ownAudit.status()).isEqualTo(403);
    }

    @Test
    void ofTwoReviewersActingAtOnceOneWinsAndTheOtherGets409() throws Exception {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        ApiClient first = reviewer("canbo.sontinh", Units.SON_TINH);
        ApiClient second = reviewer("pho.sontinh", Units.SON_TINH);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> accept = () -> {
                start.await();
                return first.post(path(plan, Units.TINH_SON) + "/acceptance", Map.of("version", 1)).status();
            };
            Callable<Integer> giveBack = () -> {
                start.await();
                return second.post(path(plan, Units.TINH_SON) + "/return", Map.of("version", 1, "reason", "Thiếu số liệu")).status();
            };
            Future<Integer> a = pool.submit(accept);
            Future<Integer> b = pool.submit(giveBack);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        ReviewCase after = find(plan, Units.TINH_SON);
        assertThat(after.audit()).hasSize(2);
        assertThat(after.state()).isIn(ReviewState.ACCEPTED, ReviewState.RETURNED);
    }

    @Test
    void aColleagueWhoActsAfterTheLevelAcceptedGetsAConflictNotARefusal() {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        assertThat(reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of("version", 1))
                .status()).isEqualTo(200);

        ApiClient.Response late = reviewer("pho.sontinh", Units.SON_TINH)
                .post(path(plan, Units.TINH_SON) + "/return", Map.of("version", 1, "reason", "Thiếu số liệu"));

        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("review-level-decided");
        ReviewCase after = find(plan, Units.TINH_SON);
        assertThat(after.state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(after.audit()).hasSize(2);
    }

    @Test
    void replayedSubmissionAndReviewEventsLeaveEveryCaseAsItWas() {
        String plan = newPlan(demoPlan());
        ReportSubmitted v1 = submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/return", Map.of("reason", "Bổ sung số liệu"));
        ReportSubmitted v2 = submit(plan, Units.tinhSon(), 2, ReportSubmittedMother.tinhSonFigures());
        reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        submit(plan, Units.tinhHa(), 1, TINH_HA_FIGURES);
        List<EventEnvelope<ReportAccepted>> accepted = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportAccepted.class,
                e -> e.planId().equals(plan), 1, Duration.ofSeconds(20));
        List<EventEnvelope<ReportReturned>> returned = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportReturned.class,
                e -> e.planId().equals(plan), 1, Duration.ofSeconds(20));
        assertThat(accepted).hasSize(1);
        assertThat(returned).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(plan, Units.TINH_SON).outbox().isEmpty());
        ReviewCase tinhSon = find(plan, Units.TINH_SON);
        ReviewCase tinhHa = find(plan, Units.TINH_HA);

        // Everything again, old versions after new ones, review events included.
        KafkaEvents.publish(v2);
        KafkaEvents.publish(v1);
        accepted.forEach(KafkaEvents::publish);
        returned.forEach(KafkaEvents::publish);
        KafkaEvents.publish(v1);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                find(plan, Units.TINH_SON).equals(tinhSon) && find(plan, Units.TINH_HA).equals(tinhHa));
    }

    @Test
    void aCasePastItsReviewTimeRaisesReviewOverdueOnce() {
        String plan = newPlan(demoPlan().reviewTime(Duration.ofDays(2)));
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        ReviewCase waiting = find(plan, Units.TINH_SON);

        overdue.raiseDue(waiting.dueAt().minusSeconds(1));
        assertThat(find(plan, Units.TINH_SON).overdueRaised()).isFalse();
        overdue.raiseDue(waiting.dueAt().plusSeconds(60));
        overdue.raiseDue(waiting.dueAt().plusSeconds(120));

        List<EventEnvelope<ReviewOverdue>> raised = KafkaEvents.all(Topics.REVIEW_EVENTS, ReviewOverdue.class,
                e -> e.planId().equals(plan), Duration.ofSeconds(3));
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).data().levelUnitCode()).isEqualTo(Units.SON_TINH);
        assertThat(raised.get(0).data().dueAt()).isEqualTo(waiting.waitingSince().plus(Duration.ofDays(2)));
        assertThat(find(plan, Units.TINH_SON).audit()).extracting(CaseAuditEntry::action)
                .containsExactly("SUBMITTED", "REVIEW_OVERDUE");

        // Accepted by the district: the province's own time starts, nothing is overdue any more at the district.
        reviewer("canbo.sontinh", Units.SON_TINH).post(path(plan, Units.TINH_SON) + "/acceptance", Map.of());
        ReviewCase atProvince = find(plan, Units.TINH_SON);
        assertThat(atProvince.overdueRaised()).isFalse();
        assertThat(atProvince.currentReviewer()).isEqualTo(Units.QUANG_NGAI);
    }
}
