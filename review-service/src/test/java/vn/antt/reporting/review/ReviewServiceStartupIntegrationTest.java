package vn.antt.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.StartupChecks;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;

/** The service starts against the real broker and store, guards its API and keeps its copy of the directory. */
@ServiceIntegrationTest
class ReviewServiceStartupIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory directory;

    @Test
    void isReadyAndKeepsItsCopyOfTheUnitDirectory() {
        StartupChecks.isReadyWithMetrics(port);

        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.isSameOrAbove(Units.SON_TINH, Units.TINH_SON));
        assertThat(directory.ancestry(Units.TINH_SON)).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
    }

    @Test
    void refusesRequestsWithoutABearerToken() {
        StartupChecks.refusesRequestsWithoutABearerToken(port);
    }
}
