package vn.antt.reporting.planning;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ServiceArchitecture;

/** planning-service's packages: by feature without cycles, and none of another service's (no Spring context). */
class ArchitectureTest {

    private final ServiceArchitecture architecture = ServiceArchitecture.of("planning");

    @Test
    void featurePackagesAreFreeOfCycles() {
        architecture.featurePackagesAreFreeOfCycles();
    }

    @Test
    void usesNoOtherServicesPackages() {
        architecture.usesNoOtherServicesPackages();
    }
}
