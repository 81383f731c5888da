package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A plan's life through the API against the real broker and store: draft, issue with its expected
 * units fixed on the issue date, internal deadlines and extensions that cascade, amendments with a
 * reason, close; every refusal names the rule and the field and changes nothing.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = {
        "spring.cloud.function.definition=unitDirectory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.destination=unit-directory",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=planning-read-model-test",
        "spring.cloud.stream.kafka.bindings.unitDirectory-in-0.consumer.start-offset=earliest"})
class PlanLifecycleIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    UnitQueries units;

    private ApiClient provinceAdmin;
    private ApiClient sonTinhAdmin;
    private ApiClient binhSonAdmin;
    private ApiClient clerk;
    private String planId;

    @BeforeEach
    void setUp() {
        provinceAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
        sonTinhAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.sontinh", Units.SON_TINH, "ADMIN"));
        binhSonAdmin = ApiClient.on(port).as(TestTokens.issue("quantri.binhson", Units.BINH_SON, "ADMIN"));
        clerk = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"));
        planId = "kh-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aDraftIsSeenOnlyByItsIssuerAndIsNotPublished() {
        ApiClient.Response created = provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId).build());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.json().path("allowedActions").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("EDIT", "ISSUE");
        assertThat(sonTinhAdmin.get("/api/plans/" + planId).status()).isEqualTo(404);
        assertThat(clerk.get("/api/plans").json().valueStream().map(p -> p.path("planId").asString())).doesNotContain(planId);
        assertThat(provinceAdmin.get("/api/plans?state=DRAFT").json().valueStream().map(p -> p.path("planId").asString())).contains(planId);

        ApiClient.Response edited = provinceAdmin.put("/api/plans/" + planId,
                PlanRequests.sonTinhCommunes(planId).with("title", "Tổng kết (sửa lần 2)").build());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("title").asString()).isEqualTo("Tổng kết (sửa lần 2)");
        assertThat(KafkaEvents.await(Topics.PLANS, PlanPublished.class, p -> p.planId().equals(planId), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void issuingFixesTheExpectedUnitsOfTheIssueDateAndPublishesThem() {
        provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId).build());

        ApiClient.Response issued = provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of("reason", "Ban hành"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        List<String> communes = units.subtree(Units.SON_TINH, LocalDate.of(2025, 5, 28)).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE).map(Unit::code).sorted().toList();
        assertThat(communes).contains(Units.TINH_SON, Units.TINH_HA);
        assertThat(issued.json().path("expectedUnits").valueStream().map(u -> u.path("code").asString()).toList())
                .containsExactlyElementsOf(communes);
        // People read the deadline as Vietnam's midnight: the API writes it with its +07:00 offset (the event keeps UTC).
        assertThat(issued.json().path("deadline").asString()).isEqualTo("2025-06-10T00:00:00+07:00");
        PlanPublished event = awaitRevision(1);
        assertThat(event.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(event.letter().issuedOn()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThat(event.letter().deadline()).isEqualTo(Instant.parse("2025-06-09T17:00:00Z"));
        assertThat(event.expectedUnits()).extracting(u -> u.code()).containsExactlyElementsOf(communes);
        assertThat(event.reviewTime()).isEqualTo(Duration.ofDays(3));
        // Now the district and its communes read it; a district it does not concern does not.
        assertThat(clerk.get("/api/plans/" + planId).status()).isEqualTo(200);
        assertThat(clerk.get("/api/plans").json().valueStream().map(p -> p.path("planId").asString())).contains(planId);
        assertThat(binhSonAdmin.get("/api/plans/" + planId).status()).isEqualTo(403);
        // Issued: no more editing.
        ApiClient.Response edit = provinceAdmin.put("/api/plans/" + planId, PlanRequests.sonTinhCommunes(planId).build());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().path("rule").asString()).isEqualTo("plan-action-not-allowed");
        assertThat(audit()).extracting(e -> e.path("action").asString()).containsExactly("CREATE", "ISSUE");
    }

    @Test
    void aDistrictSetsAnEarlierInternalDeadlineNeverALaterOne() {
        issue(PlanRequests.sonTinhCommunes(planId));

        ApiClient.Response later = sonTinhAdmin.put(internal(Units.SON_TINH), Map.of("deadline", "2025-06-11T00:00:00+07:00"));
        assertThat(later.status()).isEqualTo(400);
        assertThat(later.json().path("rule").asString()).isEqualTo("deadline-order");
        assertThat(later.json().path("errors").get(0).path("field").asString()).isEqualTo("deadline");
        assertThat(binhSonAdmin.put(internal(Units.SON_TINH), Map.of("deadline", "2025-06-05T00:00:00+07:00")).status()).isEqualTo(403);
        assertThat(clerk.put(internal(Units.SON_TINH), Map.of("deadline", "2025-06-05T00:00:00+07:00")).status()).isEqualTo(403);
        assertThat(sonTinhAdmin.put(internal(Units.SON_TINH), Map.of("deadline", "không phải ngày")).status()).isEqualTo(400);

        ApiClient.Response set = sonTinhAdmin.put(internal(Units.SON_TINH),
                Map.of("deadline", "2025-06-06T00:00:00+07:00", "reason", "Huyện tổng hợp trước khi gửi tỉnh"));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        PlanPublished event = awaitRevision(2);
        assertThat(event.unitDeadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(UnitDeadline.Kind.INTERNAL);
            assertThat(d.unitCode()).isEqualTo(Units.SON_TINH);
            assertThat(d.deadline()).isEqualTo(Instant.parse("2025-06-05T17:00:00Z"));
        });
        JsonNode deadline = clerk.get("/api/plans/" + planId + "/deadlines/" + Units.TINH_SON).json();
        assertThat(deadline.path("source").asString()).isEqualTo("INTERNAL");
        assertThat(deadline.path("local").asString()).isEqualTo("00:00 06/06/2025");
        assertThat(deadline.path("deadline").asString()).isEqualTo("2025-06-06T00:00:00+07:00");
        assertThat(revisionsPublished()).containsExactly(1L, 2L);
    }

    @Test
    void extensionsAreLaterThanTheCurrentDeadlineAndWithinTheGrantersOwn() {
        issue(PlanRequests.sonTinhCommunes(planId));
        sonTinhAdmin.put(internal(Units.SON_TINH), Map.of("deadline", "2025-06-06T00:00:00+07:00"));

        ApiClient.Response noReason = sonTinhAdmin.post(extensions(), Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-08T00:00:00+07:00"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(ProblemFields.of(noReason.json())).contains("reason");
        ApiClient.Response notLater = sonTinhAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-05T00:00:00+07:00", "reason", "Mưa lũ"));
        assertThat(notLater.json().path("rule").asString()).isEqualTo("extension-not-later");
        ApiClient.Response beyondOwn = sonTinhAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-12T00:00:00+07:00", "reason", "Mưa lũ"));
        assertThat(beyondOwn.json().path("rule").asString()).isEqualTo("deadline-order");
        assertThat(binhSonAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-08T00:00:00+07:00", "reason", "Mưa lũ")).status()).isEqualTo(403);
        ApiClient.Response stranger = sonTinhAdmin.post(extensions(),
                Map.of("unitCode", Units.BINH_HAI, "deadline", "2025-06-08T00:00:00+07:00", "reason", "Mưa lũ"));
        assertThat(stranger.status()).isEqualTo(400);

        ApiClient.Response granted = sonTinhAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-09T00:00:00+07:00", "reason", "Mưa lũ chia cắt"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        // The province, as issuer, may go beyond the plan's own deadline.
        ApiClient.Response byProvince = provinceAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_HA, "deadline", "2025-06-15T00:00:00+07:00", "reason", "Thay đổi nhân sự"));
        assertThat(byProvince.status()).as(byProvince.body()).isEqualTo(200);

        PlanPublished event = awaitRevision(4);
        assertThat(event.effectiveDeadline(Units.TINH_SON, List.of(Units.QUANG_NGAI, Units.SON_TINH)))
                .isEqualTo(Instant.parse("2025-06-08T17:00:00Z"));
        assertThat(event.effectiveDeadline(Units.TINH_HA, List.of(Units.QUANG_NGAI, Units.SON_TINH)))
                .isEqualTo(Instant.parse("2025-06-14T17:00:00Z"));
        assertThat(clerk.get("/api/plans/" + planId + "/deadlines/" + Units.TINH_SON).json().path("source").asString()).isEqualTo("EXTENSION");
        assertThat(audit()).extracting(e -> e.path("action").asString())
                .containsExactly("CREATE", "ISSUE", "SET_INTERNAL_DEADLINE", "GRANT_EXTENSION", "GRANT_EXTENSION");
        assertThat(audit().get(3).path("reason").asString()).isEqualTo("Mưa lũ chia cắt");
        assertThat(audit().get(3).path("unitCode").asString()).isEqualTo(Units.SON_TINH);
    }

    @Test
    void amendmentsNeedAReasonAndChangeTheExpectedUnitsExplicitly() {
        int expected = issue(PlanRequests.sonTinhCommunes(planId)).path("expectedUnitCount").asInt();

        ApiClient.Response noReason = provinceAdmin.post("/api/plans/" + planId + "/amendments", Map.of("removeUnits", List.of(Units.TINH_HA)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(ProblemFields.of(noReason.json())).contains("reason");
        ApiClient.Response unknown = provinceAdmin.post("/api/plans/" + planId + "/amendments",
                Map.of("removeUnits", List.of(Units.BINH_HAI), "reason", "Sáp nhập"));
        assertThat(ProblemFields.of(unknown.json())).contains("removeUnits[0]");
        assertThat(sonTinhAdmin.post("/api/plans/" + planId + "/amendments",
                Map.of("removeUnits", List.of(Units.TINH_HA), "reason", "Sáp nhập")).status()).isEqualTo(403);
        assertThat(provinceAdmin.get("/api/plans/" + planId).json().path("expectedUnitCount").asInt()).isEqualTo(expected);

        ApiClient.Response amended = provinceAdmin.post("/api/plans/" + planId + "/amendments",
                Map.of("removeUnits", List.of(Units.TINH_HA), "addUnits", List.of(Units.BINH_HAI), "reason", "Điều chỉnh đơn vị báo cáo"));

        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        PlanPublished event = awaitRevision(2);
        assertThat(event.expectedUnits()).hasSize(expected).extracting(u -> u.code()).contains(Units.BINH_HAI).doesNotContain(Units.TINH_HA);
        assertThat(audit().get(2).path("action").asString()).isEqualTo("AMEND");
        assertThat(audit().get(2).path("reason").asString()).isEqualTo("Điều chỉnh đơn vị báo cáo");
        // The unit added now concerns Bình Sơn, which may read the plan.
        assertThat(binhSonAdmin.get("/api/plans/" + planId).status()).isEqualTo(200);
    }

    @Test
    void aClosedPlanAllowsNothingMore() {
        issue(PlanRequests.sonTinhCommunes(planId));

        assertThat(sonTinhAdmin.post("/api/plans/" + planId + "/close", Map.of()).status()).isEqualTo(403);
        ApiClient.Response closed = provinceAdmin.post("/api/plans/" + planId + "/close", Map.of("reason", "Đã tổng kết"));

        assertThat(closed.status()).isEqualTo(200);
        assertThat(awaitRevision(2).status()).isEqualTo(PlanStatus.CLOSED);
        ApiClient.Response extension = sonTinhAdmin.post(extensions(),
                Map.of("unitCode", Units.TINH_SON, "deadline", "2025-06-12T00:00:00+07:00", "reason", "Mưa lũ"));
        assertThat(extension.status()).isEqualTo(409);
        assertThat(extension.json().path("detail").asString()).contains("CLOSED").contains("GRANT_EXTENSION");
        assertThat(provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsStored() {
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("deadline", "2025-05-10T12:00:00+07:00"), "deadline");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("periodTo", "2015-01-01"), "periodTo");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("outlineId", "khong-co"), "outlineId");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("outlineVersion", 99), "outlineVersion");
        assertRefused(PlanRequests.sonTinhCommunes(planId).listedUnits("99999"), "participants.units[0]");
        assertRefused(PlanRequests.sonTinhCommunes(planId).chain("THON", "PROVINCE"), "reviewChains[1].unitKind");
        assertRefused(PlanRequests.sonTinhCommunes(planId).chain("AGENCY", "AGENCY"), "reviewChains[1].levels[0]");
        assertRefused(PlanRequests.sonTinhCommunes(planId).without("number"), "number");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("comparisonPlanId", "kh-khong-co"), "comparisonPlanId");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("comparisonPlanId", planId), "comparisonPlanId");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("planId", "Kế hoạch 1"), "planId");
        ApiClient.Response wrongType = provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId).with("periodTo", "10/5/2025").build());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("periodTo");
        assertThat(sonTinhAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId).build()).status()).isEqualTo(403);
        assertThat(provinceAdmin.get("/api/plans/" + planId).status()).isEqualTo(404);
    }

    @Test
    void groupsNameExpectedUnitsOnlyWithUniqueCodesAndArePublishedWithThePlan() {
        Map<String, Object> coastal = Map.of("code", "xa-trong-diem", "name", "Xã trọng điểm về an ninh, trật tự",
                "unitCodes", List.of(Units.TINH_SON, Units.TINH_HA));
        // Bình Hải is a commune of Bình Sơn: the participants (Sơn Tịnh's communes) do not select it.
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("groups", List.of(Map.of("code", "xa-trong-diem",
                "name", "Xã trọng điểm", "unitCodes", List.of(Units.TINH_SON, Units.BINH_HAI)))), "groups[0].unitCodes[1]");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("groups", List.of(coastal, coastal)), "groups[1].code");
        assertRefused(PlanRequests.sonTinhCommunes(planId).with("groups", List.of(Map.of("code", "xa-trong-diem",
                "name", " ", "unitCodes", List.of(Units.TINH_SON)))), "groups[0].name");
        assertThat(provinceAdmin.get("/api/plans/" + planId).status()).isEqualTo(404);

        JsonNode issued = issue(PlanRequests.sonTinhCommunes(planId).with("groups", List.of(coastal)));

        assertThat(issued.path("groups").get(0).path("name").asString()).isEqualTo("Xã trọng điểm về an ninh, trật tự");
        PlanPublished event = awaitRevision(1);
        assertThat(event.groups()).hasSize(1);
        assertThat(event.groups().get(0).code()).isEqualTo("xa-trong-diem");
        assertThat(event.groups().get(0).unitCodes()).containsExactly(Units.TINH_SON, Units.TINH_HA);

        // A unit the plan no longer expects leaves its groups.
        ApiClient.Response amended = provinceAdmin.post("/api/plans/" + planId + "/amendments",
                Map.of("removeUnits", List.of(Units.TINH_HA), "reason", "Điều chỉnh đơn vị báo cáo"));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(awaitRevision(2).groups().get(0).unitCodes()).containsExactly(Units.TINH_SON);
    }

    @Test
    void aPlanWhoseUnitsHaveNoReviewerAtALevelOfTheirChainIsNotIssued() {
        // Agencies hang under the province: a chain through a district cannot review them.
        provinceAdmin.post("/api/plans", PlanRequests.sonTinhCommunes(planId).listedUnits("51-CA").chain("AGENCY", "DISTRICT", "PROVINCE").build());

        ApiClient.Response refused = provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(ProblemFields.of(refused.json())).contains("reviewChains");
        assertThat(provinceAdmin.get("/api/plans/" + planId).json().path("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void concurrentChangesNeverLoseOneAnother() throws Exception {
        issue(PlanRequests.sonTinhCommunes(planId));
        List<String> communes = units.subtree(Units.SON_TINH, LocalDate.of(2025, 5, 28)).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE).map(Unit::code).limit(6).toList();
        ExecutorService pool = Executors.newFixedThreadPool(communes.size());
        List<CompletableFuture<ApiClient.Response>> calls = new ArrayList<>();
        for (String commune : communes) {
            calls.add(CompletableFuture.supplyAsync(() -> provinceAdmin.post(extensions(),
                    Map.of("unitCode", commune, "deadline", "2025-06-20T00:00:00+07:00", "reason", "Gia hạn chung")), pool));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(ApiClient.Response::status).toList();
        pool.shutdown();

        assertThat(statuses).allMatch(status -> status == 200 || status == 409);
        long granted = statuses.stream().filter(status -> status == 200).count();
        JsonNode plan = provinceAdmin.get("/api/plans/" + planId).json();
        assertThat(plan.path("unitDeadlines").size()).isEqualTo((int) granted);
        assertThat(plan.path("revision").asLong()).isEqualTo(1 + granted);
        assertThat(audit()).hasSize((int) (2 + granted));
    }

    // ---------------------------------------------------------------- helpers

    private void assertRefused(PlanRequests request, String field) {
        ApiClient.Response refused = provinceAdmin.post("/api/plans", request.build());
        assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(ProblemFields.of(refused.json())).as(refused.body()).contains(field);
    }

    private JsonNode issue(PlanRequests request) {
        ApiClient.Response created = provinceAdmin.post("/api/plans", request.build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response issued = provinceAdmin.post("/api/plans/" + planId + "/issue", Map.of());
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json();
    }

    private PlanPublished awaitRevision(long revision) {
        List<EventEnvelope<PlanPublished>> events = KafkaEvents.await(Topics.PLANS, PlanPublished.class,
                p -> p.planId().equals(planId) && p.revision() == revision, 1, WAIT);
        assertThat(events).as("revision " + revision + " of " + planId + " published").hasSize(1);
        return events.get(0).data();
    }

    private List<Long> revisionsPublished() {
        return KafkaEvents.all(Topics.PLANS, PlanPublished.class, p -> p.planId().equals(planId), Duration.ofSeconds(1))
                .stream().map(e -> e.data().revision()).toList();
    }

    private List<JsonNode> audit() {
        return provinceAdmin.get("/api/plans/" + planId + "/audit").json().valueStream().toList();
    }

    private String internal(String unitCode) {
        return "/api/plans/" + planId + "/internal-deadlines/" + unitCode;
    }

    private String extensions() {
        return "/api/plans/" + planId + "/extensions";
    }

    /** The fields a problem names in its {@code errors}. */
    static final class ProblemFields {
        static List<String> of(JsonNode problem) {
            return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        }
    }
}
