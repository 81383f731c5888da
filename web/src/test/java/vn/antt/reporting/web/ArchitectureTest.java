package vn.antt.reporting.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import vn.antt.reporting.web.report.FieldMessages;

/**
 * web's packages (no Spring context): one package per page family (its controller, its forms and views), beside the
 * packages every family shares. The families depend on each other in no cycle and do not reach into each other;
 * the shared packages know no family; web decides no business rule (it keeps no store and no broker: the services
 * decide, web calls their APIs); and it uses no package of another service.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.antt.reporting.web";

    /** What every page family may use: the services' APIs, access, formats, the signed-in user, error pages, shared views. */
    private static final List<String> SHARED = List.of("api", "access", "format", "signin", "problem", "view");

    /** The one way a family reaches into another: plan administration puts its messages next to inputs as the report form does. */
    private static final Class<?> SHARED_WITH_PLAN_ADMIN = FieldMessages.class;

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void everyControllerIsInAPageFamily() {
        assertThat(pageFamilies()).containsExactlyInAnyOrder("alerts", "bulk", "compilation", "dashboard", "home", "inbox",
                "planadmin", "report", "review", "status", "unitimport", "unitlinks");
        assertThat(pageFamilies()).doesNotContainAnyElementsOf(SHARED);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").namingSlices("web.$1").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void pageFamiliesDoNotReachIntoEachOther() {
        for (String family : pageFamilies()) {
            List<String> others = pageFamilies().stream().filter(f -> !f.equals(family)).map(f -> ROOT + "." + f).toList();
            noClasses().that().resideInAPackage(ROOT + "." + family + "..")
                    .should().dependOnClassesThat(describe("belong to another page family", target -> others.stream()
                            .anyMatch(other -> target.getPackageName().equals(other) || target.getPackageName().startsWith(other + "."))
                            && !(family.equals("planadmin") && target.isEquivalentTo(SHARED_WITH_PLAN_ADMIN))))
                    .because("a page family uses the shared packages " + SHARED + ", not another family's classes")
                    .check(CLASSES);
        }
    }

    @Test
    void sharedPackagesKnowNoPageFamily() {
        String[] families = pageFamilies().stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(SHARED.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(families)
                .because("what every family shares must not depend on one of them").check(CLASSES);
    }

    /** A controller is called by Spring MVC only: no other class uses one (what two pages share is in a shared package). */
    @Test
    void noClassUsesAController() {
        List<String> uses = new ArrayList<>();
        for (JavaClass origin : CLASSES) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (isController(target) && !topLevel(origin).getName().equals(target.getName())) {
                    uses.add(dependency.getDescription());
                }
            }
        }
        assertThat(uses).isEmpty();
    }

    @Test
    void decidesNoBusinessRule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "com.mongodb..", "org.bson..",
                        "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.cloud.stream..")
                .because("web keeps no store and reads no event: the services decide and web calls their APIs").check(CLASSES);
    }

    @Test
    void usesNoOtherServicesPackages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        List.of("identity", "planning", "gateway", "submission", "review", "aggregation", "notification").stream()
                                .map(s -> "vn.antt.reporting." + s + "..").toArray(String[]::new))
                .because("services share only event-contracts, platform-support and text-support").check(CLASSES);
    }

    /** The packages right under web that hold a controller. */
    private static Set<String> pageFamilies() {
        Set<String> families = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (isController(c)) {
                families.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
            }
        }
        return families;
    }

    private static boolean isController(JavaClass c) {
        return c.isAnnotatedWith(Controller.class) || c.isMetaAnnotatedWith(Controller.class);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
