package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The whole chain of the demo plan: Tịnh Sơn's report returned by its district, resubmitted, accepted;
 * the district compiles its own report from its accepted communes, which the province returns once and then
 * accepts as final; a return at the province's level sends a commune back to the start.
 */
class ReviewChainIntegrationTest extends ReviewApiTest {

    private static final Duration EVENTS = Duration.ofSeconds(20);

    private ApiClient district() {
        return reviewer("canbo.sontinh", Units.SON_TINH);
    }

    private ApiClient province() {
        return reviewer("canbo.congantinh", Units.QUANG_NGAI);
    }

    private static BigDecimal amountOf(List<FigureValue> figures, String indicator) {
        return figures.stream().filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow().amount();
    }

    @Test
    void aCommuneIsReturnedResubmittedAcceptedCompiledByItsDistrictAndFinalizedByTheProvince() {
        String plan = newPlan(demoPlan());

        // Level 1 (district) returns version 1 with a reason and a note on one indicator.
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        List<JsonNode> worklist = district().get("/api/review-cases/worklist?planId=" + plan).json().valueStream().toList();
        assertThat(worklist).extracting(c -> c.path("unit").path("code").asString()).containsExactly(Units.TINH_SON);
        ApiClient.Response returned = district().post(path(plan, Units.TINH_SON) + "/return", Map.of("version", 1,
                "reason", "Số liệu kinh phí chưa khớp, đề nghị rà soát lại",
                "notes", List.of(Map.of("sectionNumber", "II.2.1", "indicator", "budget.total", "note", "Tổng không bằng các khoản"))));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().path("state").asString()).isEqualTo("RETURNED");
        ReportReturned returnEvent = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportReturned.class, e -> e.planId().equals(plan), 1, EVENTS)
                .get(0).data();
        assertThat(returnEvent.returnedTo()).isEqualTo(Units.TINH_SON);
        assertThat(returnEvent.notes()).singleElement().satisfies(n -> assertThat(n.indicator()).isEqualTo("budget.total"));

        // Version 2 restarts review at the district, which sees where to read the changes, and accepts it.
        submit(plan, Units.tinhSon(), 2, ReportSubmittedMother.tinhSonFigures());
        JsonNode v2 = district().get(path(plan, Units.TINH_SON)).json();
        assertThat(v2.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(v2.path("changes").asString()).endsWith("/changes");
        assertThat(district().post(path(plan, Units.TINH_SON) + "/acceptance", Map.of("version", 2)).json().path("state").asString())
                .isEqualTo("ACCEPTED");
        submit(plan, Units.tinhHa(), 1, TINH_HA_FIGURES);

        // Bulk: Tịnh Hà is accepted; Bình Hải is not Sơn Tịnh's; Tịnh Sơn already went up a level (the district decided it).
        submit(plan, Units.binhHai(), 1, TINH_HA_FIGURES);
        List<JsonNode> outcomes = district().post("/api/review-cases/" + plan + "/acceptances",
                Map.of("unitCodes", List.of(Units.TINH_HA, Units.BINH_HAI, Units.TINH_SON))).json().valueStream().toList();
        assertThat(outcomes).extracting(o -> o.path("unitCode").asString() + ":" + o.path("accepted").asBoolean() + ":"
                + o.path("rule").asString(""))
                .containsExactly(Units.TINH_HA + ":true:", Units.BINH_HAI + ":false:review-case-not-found",
                        Units.TINH_SON + ":false:review-level-decided");

        // Compiling upward: the district's draft sums its two accepted communes, qualifiers kept.
        ApiClient districtClerk = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh", Units.SON_TINH, "CLERK"));
        JsonNode compiled = districtClerk.get("/api/compilations/" + plan + "/" + Units.SON_TINH).json();
        assertThat(compiled.path("included").valueStream().map(u -> u.path("unitCode").asString()).toList())
                .containsExactlyInAnyOrder(Units.TINH_SON, Units.TINH_HA);
        assertThat(compiled.path("missing").size()).isZero();
        JsonNode sessions = compiled.path("figures").valueStream()
                .filter(f -> f.path("indicator").asString().equals("propaganda.sessions")).findFirst().orElseThrow();
        assertThat(sessions.path("amount").decimalValue()).isEqualByComparingTo(
                amountOf(ReportSubmittedMother.tinhSonFigures(), "propaganda.sessions").add(BigDecimal.valueOf(42)));
        Qualifier tinhSonQualifier = ReportSubmittedMother.tinhSonFigures().stream()
                .filter(f -> f.indicator().equals("propaganda.sessions")).findFirst().orElseThrow().qualifier();
        assertThat(sessions.path("qualifier").asString()).isEqualTo(tinhSonQualifier.name());

        // The district submits its compiled report; the province returns it once, then accepts it: final.
        submit(plan, Units.sonTinh(), 1, List.of(FigureValue.exact("propaganda.sessions", 142)));
        assertThat(find(plan, Units.SON_TINH).currentReviewer()).isEqualTo(Units.QUANG_NGAI);
        assertThat(province().post(path(plan, Units.SON_TINH) + "/return", Map.of("reason", "Thiếu phần đánh giá chung")).status())
                .isEqualTo(200);
        submit(plan, Units.sonTinh(), 2, List.of(FigureValue.exact("propaganda.sessions", 142)));
        assertThat(province().post(path(plan, Units.SON_TINH) + "/acceptance", Map.of()).json().path("state").asString())
                .isEqualTo("FINAL");

        // The province accepts Tịnh Sơn at level 2 (final) and returns Tịnh Hà, which goes back to the commune.
        assertThat(province().post(path(plan, Units.TINH_SON) + "/acceptance", Map.of()).json().path("state").asString())
                .isEqualTo("FINAL");
        JsonNode tinhHa = province().post(path(plan, Units.TINH_HA) + "/return", Map.of("reason", "Đề nghị bổ sung số liệu")).json();
        assertThat(tinhHa.path("state").asString()).isEqualTo("RETURNED");
        assertThat(tinhHa.path("acceptedBy").size()).isZero();
        submit(plan, Units.tinhHa(), 2, TINH_HA_FIGURES);
        assertThat(find(plan, Units.TINH_HA).currentReviewer()).isEqualTo(Units.SON_TINH);

        List<ReportAccepted> accepted = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportAccepted.class, e -> e.planId().equals(plan),
                4, EVENTS).stream().map(EventEnvelope::data).toList();
        assertThat(accepted).extracting(a -> a.unit().code() + "@" + a.level() + (a.finalAcceptance() ? " final" : ""))
                .containsExactlyInAnyOrder(Units.TINH_SON + "@1", Units.TINH_HA + "@1", Units.SON_TINH + "@1 final",
                        Units.TINH_SON + "@2 final");
        List<ReportFinalized> finalized = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportFinalized.class, e -> e.planId().equals(plan),
                2, EVENTS).stream().map(EventEnvelope::data).toList();
        assertThat(finalized).filteredOn(f -> f.unit().code().equals(Units.TINH_SON)).singleElement()
                .satisfies(f -> assertThat(f.acceptedByUnits()).containsExactly(Units.SON_TINH, Units.QUANG_NGAI));

        // The audit trail, read by the province: every transition of Tịnh Sơn in order, with who and which version.
        List<JsonNode> audit = province().get(path(plan, Units.TINH_SON) + "/audit").json().valueStream().toList();
        assertThat(audit).extracting(e -> e.path("action").asString() + " v" + e.path("version").asInt() + " " + e.path("unitCode").asString())
                .containsExactly("SUBMITTED v1 " + Units.TINH_SON, "RETURNED v1 " + Units.SON_TINH, "SUBMITTED v2 " + Units.TINH_SON,
                        "ACCEPTED v2 " + Units.SON_TINH, "FINALIZED v2 " + Units.QUANG_NGAI);
        assertThat(audit.get(1).path("reason").asString()).isEqualTo("Số liệu kinh phí chưa khớp, đề nghị rà soát lại");
        assertThat(audit.get(1).path("role").asString()).isEqualTo("REVIEWER");
    }

    @Test
    void aPlanMaySendAHigherLevelsReturnToTheLevelBelow() {
        String plan = newPlan(demoPlan().returnsToLowerLevel());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        assertThat(district().post(path(plan, Units.TINH_SON) + "/acceptance", Map.of()).status()).isEqualTo(200);

        JsonNode back = province().post(path(plan, Units.TINH_SON) + "/return", Map.of("reason", "Huyện kiểm tra lại số liệu")).json();

        assertThat(back.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(back.path("currentReviewer").asString()).isEqualTo(Units.SON_TINH);
        assertThat(back.path("version").asInt()).isEqualTo(1);
        ReportReturned event = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportReturned.class, e -> e.planId().equals(plan), 1, EVENTS)
                .get(0).data();
        assertThat(event.returnedTo()).isEqualTo(Units.SON_TINH);
        assertThat(event.level()).isEqualTo(2);
    }
}
