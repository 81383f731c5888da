package vn.antt.reporting.aggregation;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ServiceArchitecture;

/** aggregation-service's packages: by feature without cycles, and none of another service's (no Spring context). */
class ArchitectureTest {

    private final ServiceArchitecture architecture = ServiceArchitecture.of("aggregation");

    @Test
    void featurePackagesAreFreeOfCycles() {
        architecture.featurePackagesAreFreeOfCycles();
    }

    @Test
    void usesNoOtherServicesPackages() {
        architecture.usesNoOtherServicesPackages();
    }
}
