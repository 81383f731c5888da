package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * What the plan and its outline allow: only issued, open plans; only the units the plan expects; the
 * outline's sections, indicators and rules; deadlines (internal, extensions, lock). Every refusal
 * stores and publishes nothing.
 */
class SubmissionRulesIntegrationTest extends SubmissionApiTest {

    @BeforeEach
    void publishOutline() {
        awaitOutlineAndDirectory();
    }

    private long storedFor(String planId) {
        return mongo.count(Query.query(Criteria.where("planId").is(planId)), Submission.class);
    }

    private ApiClient.Response submit(SubmitReportRequestMother report) {
        return tinhSonClerk().post("/api/submissions", report.build());
    }

    private void assertRefusedAndNothingStored(ApiClient.Response response, int status, String rule, String planId) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
        assertThat(storedFor(planId)).isZero();
        assertThat(KafkaEvents.all(Topics.SUBMISSION_EVENTS, ReportSubmitted.class, e -> e.planId().equals(planId),
                Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void aPlanNobodyPublishedIsRefused() {
        String planId = "kh-unknown-" + UUID.randomUUID();
        assertRefusedAndNothingStored(submit(SubmitReportRequestMother.tinhSonReport().plan(planId)), 422,
                "unknown-plan", planId);
    }

    @Test
    void aDraftPlanTakesNoReports() {
        String planId = newPlan(PlanMother.plan119().status(PlanStatus.DRAFT));
        assertRefusedAndNothingStored(submit(SubmitReportRequestMother.tinhSonReport().plan(planId)), 409,
                "plan-not-issued", planId);
    }

    @Test
    void aClosedPlanTakesNoReports() {
        String planId = newPlan(PlanMother.plan119().status(PlanStatus.CLOSED));
        assertRefusedAndNothingStored(submit(SubmitReportRequestMother.tinhSonReport().plan(planId)), 409,
                "plan-closed", planId);
    }

    @Test
    void aUnitThePlanDoesNotExpectIsRefused() {
        String planId = newPlan(PlanMother.plan119().expected(List.of(PlanMother.unit(Units.tinhHa()))));
        assertRefusedAndNothingStored(submit(SubmitReportRequestMother.tinhSonReport().plan(planId)), 422,
                "unit-not-expected", planId);
    }

    @Test
    void aMissingRequiredSectionIsABlockingErrorNamingTheSection() {
        String planId = newPlan(PlanMother.plan119());
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId).withoutSection("III"));
        assertRefusedAndNothingStored(response, 422, "submission-invalid", planId);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("sections");
        assertThat(response.json().at("/errors/0/message").asString()).contains("III");
    }

    @Test
    void anIndicatorOutsideTheOutlineIsRefusedNamingItsPosition() {
        String planId = newPlan(PlanMother.plan119());
        SubmitReportRequestMother report = SubmitReportRequestMother.tinhSonReport().plan(planId).figure("drones.seized", 3);
        ApiClient.Response response = submit(report);
        assertRefusedAndNothingStored(response, 422, "submission-invalid", planId);
        int position = report.build().figures().size() - 1;
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("figures[" + position + "].indicator");
    }

    @Test
    void aBlockingRuleOfTheOutlineRefusesTheReport() {
        String planId = newPlan(PlanMother.plan119());
        // 12 safe hamlets out of 10 breaks "part not greater than whole" (severity ERROR).
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId)
                .figure("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(12), BigDecimal.valueOf(10)));
        assertRefusedAndNothingStored(response, 422, "submission-invalid", planId);
        assertThat(response.body()).contains("safe-hamlets");
    }

    @Test
    void aBudgetWhoseTotalIsNotTheSumOfItsPartsIsStoredWithAWarning() {
        String planId = newPlan(PlanMother.plan119());
        // Seed 002: the parts add up to more than the stated total.
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId)
                .figure("budget.total", 100_000_000).figure("budget.uniforms", 80_000_000)
                .figure("budget.equipment", 45_000_000));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().at("/warnings/0/code").asString()).isEqualTo("budget.total-equals-parts");
        String id = response.json().get("id").asString();
        List<vn.antt.reporting.contracts.EventEnvelope<ReportSubmitted>> events = KafkaEvents.await(Topics.SUBMISSION_EVENTS,
                ReportSubmitted.class, e -> e.submissionId().equals(id), 1, Duration.ofSeconds(30));
        assertThat(events.get(0).data().warnings()).containsExactly("budget.total-equals-parts");
    }

    @Test
    void beforeThePlansDeadlineTheReportIsOnTime() {
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String planId = newPlan(PlanMother.plan119().deadline(deadline));
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("late").asBoolean()).isFalse();
        assertThat(Instant.parse(response.json().get("deadline").asString())).isEqualTo(deadline);
    }

    @Test
    void theDistrictsEarlierInternalDeadlineAppliesToItsCommunes() {
        Instant internal = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String planId = newPlan(PlanMother.plan119().deadline(Instant.now().plus(10, ChronoUnit.DAYS))
                .internalDeadline(Units.SON_TINH, internal));
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("late").asBoolean()).isTrue();
        assertThat(Instant.parse(response.json().get("deadline").asString())).isEqualTo(internal);
    }

    @Test
    void anExtensionForTheUnitMovesItsDeadline() {
        Instant extended = Instant.now().plus(2, ChronoUnit.DAYS);
        String planId = newPlan(PlanMother.plan119().deadline(Instant.now().minus(1, ChronoUnit.DAYS))
                .extension(Units.TINH_SON, extended, "Xã bị ảnh hưởng bởi bão"));
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("late").asBoolean()).isFalse();
    }

    @Test
    void afterTheDeadlineAReportIsAcceptedAndMarkedLate() {
        String planId = newPlan(PlanMother.plan119().deadline(Instant.now().minus(1, ChronoUnit.HOURS)));
        ApiClient.Response response = submit(SubmitReportRequestMother.tinhSonReport().plan(planId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("late").asBoolean()).isTrue();
    }

    @Test
    void aPlanThatLocksEntriesAtTheDeadlineRefusesLateReports() {
        String planId = newPlan(PlanMother.plan119().deadline(Instant.now().minus(1, ChronoUnit.HOURS)).lockAtDeadline(true));
        assertRefusedAndNothingStored(submit(SubmitReportRequestMother.tinhSonReport().plan(planId)), 409,
                "entries-locked", planId);
    }
}
