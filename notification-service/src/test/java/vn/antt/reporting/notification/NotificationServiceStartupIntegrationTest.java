package vn.antt.reporting.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.StartupChecks;

/** The service starts against the real broker and store, guards its API and keeps its copy of the directory. */
class NotificationServiceStartupIntegrationTest extends NotificationApiTest {

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
