package vn.antt.reporting.aggregation.access;

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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/** aggregation-service's access rules, one row per caller and node (no Spring context; the directory of the mothers). */
class AggregationAccessTest {

    /** Huyện Bình Sơn (524) is in the directory, not among plan 119's expected units' ancestors but Xã Bình Hải's. */
    private static final Map<String, List<String>> ANCESTRY = List.of(Units.sonTinh(), Units.tinhSon(), Units.tinhHa(), Units.binhHai())
            .stream().collect(Collectors.toMap(UnitRef::code, UnitRef::ancestry));

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final AggregationAccess access = new AggregationAccess(new UnitDirectory(null) {
        @Override
        public boolean isSameOrAbove(String upper, String unit, LocalDate day) {
            return upper.equals(unit) || ANCESTRY.getOrDefault(unit, List.of()).contains(upper);
        }

        @Override
        public Optional<DirectoryUnit> find(String code, LocalDate day) {
            // 52 was Tỉnh Bình Định before 1/7/2025 and is Tỉnh Gia Lai (52@2025-07-01) since: a reused code.
            String key = code.equals("52") && !day.isBefore(REFORM) ? "52@2025-07-01" : code;
            return Optional.of(new DirectoryUnit(key, code, "Đơn vị " + code, "Tỉnh", "PROVINCE", null, null, null, 1));
        }
    });

    private static Caller caller(String unitCode, String roles, String version) {
        return new Caller("nguoi.dung", unitCode, EnumSet.copyOf(Arrays.stream(roles.split(" ")).map(Role::valueOf).toList()),
                version);
    }

    @ParameterizedTest(name = "{1} of {0} reads node {2} of plan 119: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            21217 | CLERK    | 21217 | allowed
            527   | REVIEWER | 21217 | allowed
            527   | REVIEWER | 527   | allowed
            51    | CLERK    | 527   | allowed
            51    | ADMIN    | 21067 | allowed
            524   | REVIEWER | 21067 | allowed
            524   | REVIEWER | 21217 | not-above
            524   | REVIEWER | 527   | not-above
            21217 | CLERK    | 527   | not-above
            21220 | CLERK    | 21217 | not-above
            """)
    void aNodeIsReadByItselfTheUnitsAboveItAndThePlansIssuerAndRecipient(String unit, String roles, String node, String rule) {
        assertRule(caller(unit, roles, unit), PlanMother.plan119().build(), node, rule);
    }

    @ParameterizedTest(name = "a reviewer of {0} ({1}) reads a plan of {0} issued on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            52 | 52@2025-07-01 | 2025-05-28 | not-callers-unit
            52 | 52@2025-07-01 | 2026-04-01 | allowed
            52 | 52            | 2025-05-28 | allowed
            52 | 52            | 2026-04-01 | not-callers-unit
            """)
    void aReusedCodeDoesNotOpenTheOldUnitsPlanToTheNewUnit(String unit, String version, LocalDate issuedOn, String rule) {
        PlanPublished plan = PlanMother.plan119().issuedBy("01/KH", unit, "UBND tỉnh", "Công an tỉnh").issuedOn(issuedOn).build();

        assertRule(caller(unit, "REVIEWER", version), plan, Units.TINH_SON, rule);
    }

    @ParameterizedTest(name = "{1} of {0} rebuilds plan 119: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            51  | ADMIN          | allowed
            51  | REVIEWER       | not-administrator
            51  | ADMIN REVIEWER | allowed
            527 | ADMIN          | not-above
            """)
    void aPlansRollupsAreRebuiltByAnAdministratorOfAUnitThatReadsTheWholePlan(String unit, String roles, String rule) {
        Caller caller = caller(unit, roles, unit);
        Runnable rebuilding = () -> access.requireRebuilder(caller, PlanMother.plan119().build(), Units.QUANG_NGAI);

        if (rule.equals("allowed")) {
            assertThatCode(rebuilding::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(rebuilding::run).isInstanceOf(refusal(rule))
                    .satisfies(e -> assertThat(((AccessRefusedException) e).rule()).isEqualTo("access-refused"));
        }
    }

    /** {@code mayRead} and {@code requireReader} agree, and a refusal is the broken rule's own exception (403 access-refused). */
    private void assertRule(Caller caller, PlanPublished plan, String node, String rule) {
        assertThat(access.mayRead(caller, plan, node)).isEqualTo(rule.equals("allowed"));
        if (rule.equals("allowed")) {
            assertThatCode(() -> access.requireReader(caller, plan, node)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireReader(caller, plan, node)).isInstanceOf(refusal(rule))
                    .satisfies(e -> assertThat(((AccessRefusedException) e).rule()).isEqualTo("access-refused"));
        }
    }

    private static Class<? extends AccessRefusedException> refusal(String rule) {
        return switch (rule) {
            case "not-above" -> NotAboveNodeException.class;
            case "not-callers-unit" -> NotCallersUnitOnPlanDayException.class;
            case "not-administrator" -> NotAnAdministratorException.class;
            default -> throw new IllegalArgumentException(rule);
        };
    }
}
