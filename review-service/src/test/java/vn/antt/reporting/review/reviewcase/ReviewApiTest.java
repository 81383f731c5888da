package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The review tests' world, against the real broker and store: the Quảng Ngãi sample of the directory, and
 * plan 119 under a fresh id per test, expecting Tịnh Sơn, Tịnh Hà (both under Sơn Tịnh), Bình Hải (under
 * Bình Sơn) and the district Sơn Tịnh itself, whose own report goes to the province.
 */
@ServiceIntegrationTest
abstract class ReviewApiTest {

    static final List<FigureValue> TINH_HA_FIGURES = List.of(FigureValue.exact("propaganda.sessions", 42),
            FigureValue.exact("propaganda.attendees", 1500));

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Plans plans;

    @Autowired
    UnitDirectory directory;

    @Autowired
    Outlines outlines;

    @BeforeAll
    static void publishDirectory() {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        KafkaEvents.publish(OutlineMother.outline357());
    }

    ApiClient reviewer(String user, String unit) {
        return ApiClient.on(port).as(TestTokens.issue(user, unit, "REVIEWER"));
    }

    static String path(String plan, String unit) {
        return "/api/review-cases/" + plan + "/" + unit;
    }

    String newPlan(PlanMother plan) {
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.BINH_HAI).isPresent()
                && directory.find(Units.QUANG_NGAI).isPresent() && outlines.find(OutlineMother.OUTLINE_357, 1).isPresent());
        String planId = "kh-duyet-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaEvents.publish(plan.id(planId).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.find(planId).isPresent());
        return planId;
    }

    static PlanMother demoPlan() {
        return PlanMother.plan119()
                .expected(List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhHa()),
                        PlanMother.unit(Units.binhHai()), PlanMother.unit(Units.sonTinh())))
                .chain("DISTRICT", "PROVINCE");
    }

    /** Publishes version {@code version} of a unit's report, as submission-service would, and waits for its case. */
    ReportSubmitted submit(String planId, UnitRef unit, int version, List<FigureValue> figures) {
        return submit(planId, unit, version, figures, ReportSubmittedMother.tinhSonSections());
    }

    /** The same, with what the unit wrote per outline section. */
    ReportSubmitted submit(String planId, UnitRef unit, int version, List<FigureValue> figures, List<ReportSection> sections) {
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(version)
                .submissionId(UUID.randomUUID().toString()).figures(figures).sections(sections).build();
        KafkaEvents.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ReviewCase c = find(planId, unit.code());
            return c != null && c.version() == version;
        });
        return event;
    }

    ReviewCase find(String planId, String unitCode) {
        return mongo.findById(ReviewCase.idOf(planId, unitCode), ReviewCase.class);
    }

    ReviewCase expectState(String planId, String unitCode, ReviewState state) {
        ReviewCase c = find(planId, unitCode);
        assertThat(c.state()).as(c.id()).isEqualTo(state);
        return c;
    }
}
