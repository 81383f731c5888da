package vn.antt.reporting.identity;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ServiceArchitecture;

/** identity-service's packages: by feature without cycles, and none of another service's (no Spring context). */
class ArchitectureTest {

    private final ServiceArchitecture architecture = ServiceArchitecture.of("identity");

    @Test
    void featurePackagesAreFreeOfCycles() {
        architecture.featurePackagesAreFreeOfCycles();
    }

    @Test
    void usesNoOtherServicesPackages() {
        architecture.usesNoOtherServicesPackages();
    }
}
