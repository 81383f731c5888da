package vn.antt.reporting.gateway;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ServiceArchitecture;

/** gateway's packages: by feature without cycles, and none of another service's (no Spring context). */
class ArchitectureTest {

    private final ServiceArchitecture architecture = ServiceArchitecture.of("gateway");

    @Test
    void featurePackagesAreFreeOfCycles() {
        architecture.featurePackagesAreFreeOfCycles();
    }

    @Test
    void usesNoOtherServicesPackages() {
        architecture.usesNoOtherServicesPackages();
    }
}
