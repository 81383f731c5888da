package vn.antt.reporting.review.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.platform.problem.ProblemException;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/** review-service's access rules, one row per caller and unit (no Spring context; the directory of the mothers). */
class ReviewAccessTest {

    private static final Map<String, List<String>> ANCESTRY = List.of(Units.sonTinh(), Units.tinhSon(), Units.tinhHa(), Units.binhHai())
            .stream().collect(Collectors.toMap(UnitRef::code, UnitRef::ancestry));

    /** Plan 119's issue date: 52 was Tỉnh Bình Định then, it is Tỉnh Gia Lai ({@code 52@2025-07-01}) since 1/7/2025. */
    private static final LocalDate PLAN_119 = LocalDate.of(2025, 5, 28);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final ReviewAccess access = new ReviewAccess(new UnitDirectory(null) {
        @Override
        public boolean isSameOrAbove(String upper, String unit) {
            return upper.equals(unit) || ANCESTRY.getOrDefault(unit, List.of()).contains(upper);
        }

        @Override
        public boolean isSameOrAbove(String upper, String unit, LocalDate day) {
            return isSameOrAbove(upper, unit);
        }

        @Override
        public Optional<DirectoryUnit> find(String code, LocalDate day) {
            String key = code.equals("52") && !day.isBefore(REFORM) ? "52@2025-07-01" : code;
            return Optional.of(new DirectoryUnit(key, code, "Đơn vị " + code, "Tỉnh", "PROVINCE", null, null, null, 1));
        }
    });

    private static Caller caller(String unitCode, String roles) {
        return caller(unitCode, roles, unitCode);
    }

    private static Caller caller(String unitCode, String roles, String version) {
        return new Caller("nguoi.dung", unitCode, EnumSet.copyOf(Arrays.stream(roles.split(" ")).map(Role::valueOf).toList()),
                version);
    }

    private static UnitRef unit(String code) {
        return new UnitRef(code, "Đơn vị " + code, "COMMUNE", ANCESTRY.getOrDefault(code, List.of()));
    }

    @ParameterizedTest(name = "{1} of {0} sees the case of {2}: {3}; reads its audit trail: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            21217 | CLERK    | 21217 | true  | false
            527   | REVIEWER | 21217 | true  | true
            527   | ADMIN    | 21217 | true  | true
            527   | CLERK    | 21217 | false | true
            524   | REVIEWER | 21217 | false | false
            51    | REVIEWER | 21067 | true  | true
            """)
    void aCaseIsSeenByItsUnitAndTheReviewersAboveAndItsAuditTrailByTheLevelsAbove(String unit, String roles, String of, boolean sees,
                                                                                 boolean audits) {
        Caller caller = caller(unit, roles);

        assertThat(access.maySee(caller, unit(of), List.of(), () -> PLAN_119)).isEqualTo(sees);
        if (audits) {
            assertThatCode(() -> access.requireLevelAbove(caller, of)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireLevelAbove(caller, of)).isInstanceOf(NotALevelAboveException.class)
                    .hasMessage("The audit trail of unit " + of + " is read by the levels above it");
        }
    }

    @ParameterizedTest(name = "{1} of {0} acts on a case of {2} waiting at {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            527   | REVIEWER | 21217 | 527 | allowed
            527   | ADMIN    | 21217 | 527 | not-reviewer-of-level
            51    | REVIEWER | 21217 | 527 | not-reviewer-of-level
            527   | REVIEWER | 527   | 51  | self-review
            51    | REVIEWER | 527   | 51  | allowed
            """)
    void aCaseIsActedOnByAReviewerOfItsCurrentLevelNeverByItsOwnUnit(String unit, String roles, String of, String level, String rule) {
        Caller caller = caller(unit, roles);

        Runnable acting = () -> {
            access.requireNotOwnUnit(caller, "case", of);
            access.requireReviewerOfLevel(caller, "case", 1, new ReviewLevel(1, level, "DISTRICT"));
        };

        if (rule.equals("allowed")) {
            assertThatCode(acting::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(acting::run).isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).rule())
                    .isEqualTo(rule);
        }
    }

    @ParameterizedTest(name = "a reviewer of {0} ({1}) acts on a level of {2} ({3}): {4}")
    @CsvSource(delimiter = '|', textBlock = """
            52 | 52@2025-07-01 | 52 | 52            | false
            52 | 52@2025-07-01 | 52 | 52@2025-07-01 | true
            52 | 52            | 52 | 52            | true
            52 | 52            | 52 | 52@2025-07-01 | false
            """)
    void aReusedCodeDoesNotMakeTheNewUnitsReviewersActForTheOldUnitsLevel(String unit, String version, String levelCode,
                                                                         String levelVersion, boolean acts) {
        Caller caller = caller(unit, "REVIEWER", version);
        ReviewLevel level = new ReviewLevel(2, levelCode, "PROVINCE", levelVersion);

        assertThat(passes(() -> access.requireReviewerOfLevel(caller, "case", 2, level), NotReviewerOfLevelException.class))
                .isEqualTo(acts);
        assertThat(passes(() -> access.requireReviewerOfFinalLevel(caller, "case", level), NotReviewerOfFinalLevelException.class))
                .isEqualTo(acts);
        assertThat(access.maySee(caller, unit("52001"), List.of(level), () -> PLAN_119)).isEqualTo(acts);
    }

    @ParameterizedTest(name = "{1} of {0} ({2}) in a plan issued on {3}: oversees {4}, compiles {5}")
    @CsvSource(delimiter = '|', textBlock = """
            52 | REVIEWER | 52@2025-07-01 | 2025-05-28 | false | false
            52 | REVIEWER | 52@2025-07-01 | 2026-04-01 | true  | true
            52 | REVIEWER | 52            | 2025-05-28 | true  | true
            """)
    void aReusedCodeDoesNotOpenTheOldUnitsPlanToTheNewUnit(String unit, String roles, String version, LocalDate issuedOn,
                                                           boolean oversees, boolean compiles) {
        Caller caller = caller(unit, roles, version);

        assertThat(access.isOwnUnitOn(caller, issuedOn)).isEqualTo(oversees);
        assertThat(allowed(() -> access.requireCompilerOf(caller, unit, issuedOn), NotCompilerOfUnitException.class)).isEqualTo(compiles);
    }

    @Test
    void aFinalReportIsReopenedByAReviewerOfTheFinalLevelOnly() {
        ReviewLevel province = new ReviewLevel(2, Units.QUANG_NGAI, "PROVINCE");
        assertThatCode(() -> access.requireReviewerOfFinalLevel(caller(Units.QUANG_NGAI, "REVIEWER"), "case", province))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireReviewerOfFinalLevel(caller(Units.SON_TINH, "REVIEWER"), "case", province))
                .isInstanceOf(NotReviewerOfFinalLevelException.class);
        assertThatThrownBy(() -> access.requireReviewerOfFinalLevel(caller(Units.QUANG_NGAI, "REVIEWER"), "case", null))
                .isInstanceOf(NotReviewerOfFinalLevelException.class);
    }

    @ParameterizedTest(name = "{1} of {0} for {2}: worklist {3}, overview {4}, compiles {5}, saves the compilation {6}")
    @CsvSource(delimiter = '|', textBlock = """
            527 | REVIEWER       | 527 | true  | true  | true  | false
            527 | ADMIN          | 527 | false | true  | false | false
            527 | CLERK          | 527 | false | false | true  | true
            527 | CLERK REVIEWER | 51  | true  | true  | false | false
            """)
    void worklistsOverviewsAndCompilationsGoByRoleAndUnit(String unit, String roles, String of, boolean worklist, boolean overview,
                                                         boolean compiles, boolean saves) {
        Caller caller = caller(unit, roles);

        assertThat(allowed(() -> access.requireReviewer(caller), NotAReviewerException.class)).isEqualTo(worklist);
        assertThat(allowed(() -> access.requireSupervisor(caller), NotASupervisorException.class)).isEqualTo(overview);
        assertThat(allowed(() -> access.requireCompilerOf(caller, of), NotCompilerOfUnitException.class)).isEqualTo(compiles);
        assertThat(allowed(() -> access.requireClerkOf(caller, of), NotClerkOfUnitException.class)).isEqualTo(saves);
    }

    /** True when the rule lets the caller through; false when it refuses with its own exception (a rule of its own). */
    private static boolean passes(Runnable rule, Class<? extends ProblemException> refusal) {
        try {
            rule.run();
            return true;
        } catch (ProblemException refused) {
            assertThat(refused).isInstanceOf(refusal);
            return false;
        }
    }

    /** True when the rule lets the caller through; false when it refuses with its own exception (403 access-refused). */
    private static boolean allowed(Runnable rule, Class<? extends AccessRefusedException> refusal) {
        try {
            rule.run();
            return true;
        } catch (AccessRefusedException refused) {
            assertThat(refused).isInstanceOf(refusal);
            assertThat(refused.rule()).isEqualTo("access-refused");
            return false;
        }
    }
}
