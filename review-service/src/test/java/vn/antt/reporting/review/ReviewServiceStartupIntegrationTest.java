package vn.antt.reporting.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antt.reporting.platform.directory.UnitDirectory;
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
        StartupChecks.keepsItsCopyOfTheUnitDirectory(directory::isSameOrAbove, directory::ancestry);
    }

    @Test
    void refusesRequestsWithoutABearerToken() {
        StartupChecks.refusesRequestsWithoutABearerToken(port);
    }
}
