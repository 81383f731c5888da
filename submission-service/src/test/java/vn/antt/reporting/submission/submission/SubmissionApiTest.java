package vn.antt.reporting.submission.submission;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The service's API against the real broker and store, with the Quảng Ngãi sample of the directory
 * published once per test class and plan 119 (outline 357) available under a fresh id per test.
 */
@ServiceIntegrationTest
public abstract class SubmissionApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected UnitDirectory directory;

    @Autowired
    protected Plans plans;

    @Autowired
    protected Outlines outlines;

    @BeforeAll
    static void publishDirectory() {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
    }

    /** Plan 119 under {@code prefix} + a random suffix, once its outline and the directory sample have arrived. */
    protected String newPlan119(String prefix) {
        PlanFixtures.publishOutline357(outlines);
        await().atMost(Duration.ofSeconds(30)).until(() -> UnitChangedMother.quangNgaiSample().stream()
                .allMatch(unit -> directory.find(unit.code()).isPresent()));
        return PlanFixtures.plan119As(plans, prefix + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A client with a token of {@code user} acting for {@code unit} in {@code role}. */
    protected ApiClient as(String user, String unit, String role) {
        return ApiClient.on(port).as(TestTokens.issue(user, unit, role));
    }
}
