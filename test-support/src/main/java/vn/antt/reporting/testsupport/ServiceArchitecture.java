package vn.antt.reporting.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every service keeps, checked on its main classes (ArchUnit): its feature packages
 * ({@code vn.antt.reporting.<service>.<feature>}) depend on each other without a cycle, and it uses no package of
 * another service (services talk over HTTP and events only; what they share lives in event-contracts, platform-support
 * and text-support).
 */
public final class ServiceArchitecture {

    /** The base package of each deployable of the platform, under {@code vn.antt.reporting}. */
    public static final List<String> SERVICES = List.of("identity", "planning", "gateway", "submission", "review", "aggregation",
            "notification", "web");

    private static final String ROOT = "vn.antt.reporting.";

    private final String service;
    private final JavaClasses classes;

    private ServiceArchitecture(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("Not a service of the platform: " + service);
        }
        this.service = service;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT + service);
    }

    /** The main classes of {@code service} (its package under {@code vn.antt.reporting}, e.g. {@code "submission"}). */
    public static ServiceArchitecture of(String service) {
        return new ServiceArchitecture(service);
    }

    /** Fails, naming every cycle, when the service's feature packages depend on each other in a cycle. */
    public void featurePackagesAreFreeOfCycles() {
        if (classes.isEmpty()) {
            throw new AssertionError("No main class found under " + ROOT + service);
        }
        slices().matching(ROOT + service + ".(*)..").namingSlices(service + ".$1").should().beFreeOfCycles().check(classes);
    }

    /** Fails, naming every dependency, when a class of the service uses a class of another service's packages. */
    public void usesNoOtherServicesPackages() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> ROOT + s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only event-contracts, platform-support and text-support").check(classes);
    }
}
