package vn.antt.reporting.review;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ServiceArchitecture;

/** review-service's packages: by feature without cycles, and none of another service's (no Spring context). */
class ArchitectureTest {

    private final ServiceArchitecture architecture = ServiceArchitecture.of("review");

    @Test
    void featurePackagesAreFreeOfCycles() {
        architecture.featurePackagesAreFreeOfCycles();
    }

    @Test
    void usesNoOtherServicesPackages() {
        architecture.usesNoOtherServicesPackages();
    }
}
