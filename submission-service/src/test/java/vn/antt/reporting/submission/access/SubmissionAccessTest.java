package vn.antt.reporting.submission.access;

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

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/** submission-service's access rules, one row per caller and unit (no Spring context; the directory of the mothers). */
class SubmissionAccessTest {

    private static final Map<String, List<String>> ANCESTRY = List.of(Units.sonTinh(), Units.tinhSon(), Units.tinhHa(), Units.binhHai())
            .stream().collect(Collectors.toMap(UnitRef::code, UnitRef::ancestry));

    /** Plan 119's issue date: before the reform, when 21061 was Xã Bình Trị (Xã Vạn Tường has the code since 1/7/2025). */
    private static final LocalDate PLAN_119 = LocalDate.of(2025, 5, 28);

    private final SubmissionAccess access = new SubmissionAccess(new UnitDirectory(null) {
        @Override
        public boolean isSameOrAbove(String upper, String unit, LocalDate day) {
            return upper.equals(unit) || ANCESTRY.getOrDefault(unit, List.of()).contains(upper);
        }

        @Override
        public Optional<DirectoryUnit> find(String code, LocalDate day) {
            String key = code.equals("21061") && !day.isBefore(LocalDate.of(2025, 7, 1)) ? "21061@2025-07-01" : code;
            return Optional.of(new DirectoryUnit(key, code, "Đơn vị " + code, "Xã", "COMMUNE", null, null, null, 1));
        }
    });

    private static Caller caller(String unitCode, String roles) {
        return caller(unitCode, roles, unitCode);
    }

    private static Caller caller(String unitCode, String roles, String version) {
        return new Caller("nguoi.dung", unitCode, EnumSet.copyOf(Arrays.stream(roles.split(" ")).map(Role::valueOf).toList()),
                version);
    }

    @ParameterizedTest(name = "{1} of {0} reads the reports of {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            21217 | CLERK    | 21217 | true
            21217 | REVIEWER | 21217 | true
            21220 | CLERK    | 21217 | false
            527   | REVIEWER | 21217 | true
            527   | ADMIN    | 21217 | true
            527   | CLERK    | 21217 | false
            524   | REVIEWER | 21217 | false
            51    | REVIEWER | 21067 | true
            21217 | REVIEWER | 527   | false
            """)
    void aUnitsReportsAreReadByItAndByTheReviewersAndAdministratorsAboveIt(String unit, String roles, String of, boolean sees) {
        Caller caller = caller(unit, roles);

        assertThat(access.maySee(caller, of, of, PLAN_119)).isEqualTo(sees);
        if (sees) {
            assertThatCode(() -> access.requireMaySee(caller, of, of, PLAN_119)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireMaySee(caller, of, of, PLAN_119)).isInstanceOf(NotYourUnitException.class)
                    .hasMessage("Unit " + unit + " may not read the reports of unit " + of);
        }
    }

    @ParameterizedTest(name = "{1} of {0} writes for {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            21217 | CLERK          | 21217 | true
            21217 | CLERK REVIEWER | 21217 | true
            21217 | REVIEWER       | 21217 | false
            21220 | CLERK          | 21217 | false
            527   | CLERK          | 21217 | false
            527   | ADMIN          | 21217 | false
            """)
    void aUnitsReportIsWrittenByAClerkOfThatUnit(String unit, String roles, String of, boolean writes) {
        Caller caller = caller(unit, roles);

        if (writes) {
            assertThatCode(() -> access.requireClerkOf(caller, of, of, "submit its report")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireClerkOf(caller, of, of, "submit its report")).isInstanceOf(NotClerkOfUnitException.class)
                    .hasMessage("Only a clerk of unit " + of + " may submit its report");
        }
    }

    @ParameterizedTest(name = "{1} of {0} ({2}) writes the report of {3} as the plan means it ({4}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
            21061 | CLERK    | 21061@2025-07-01 | 21061 | 21061            | false
            21061 | CLERK    | 21061@2025-07-01 | 21061 | 21061@2025-07-01 | true
            21061 | CLERK    | 21061            | 21061 | 21061            | true
            21061 | CLERK    | 21061            | 21061 | 21061@2025-07-01 | false
            """)
    void aReusedCodeDoesNotMakeTheNewUnitsClerkWriteForTheOldUnit(String unit, String roles, String version, String of,
                                                                 String ofVersion, boolean writes) {
        Caller caller = caller(unit, roles, version);

        if (writes) {
            assertThatCode(() -> access.requireClerkOf(caller, of, ofVersion, "submit its report")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireClerkOf(caller, of, ofVersion, "submit its report"))
                    .isInstanceOf(NotClerkOfUnitException.class)
                    .hasMessage("Only a clerk of unit " + of + " as the plan means it (directory version " + ofVersion + ", not "
                            + version + ") may submit its report");
        }
    }

    @ParameterizedTest(name = "{1} of {0} ({2}) reads the reports of {3} ({4}) in a plan issued on {5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            21061 | CLERK    | 21061@2025-07-01 | 21061 | 21061            | 2025-05-28 | false
            21061 | REVIEWER | 21061@2025-07-01 | 21061 | 21061            | 2025-05-28 | false
            21061 | CLERK    | 21061@2025-07-01 | 21061 | 21061@2025-07-01 | 2026-04-01 | true
            21061 | CLERK    | 21061            | 21061 | 21061            | 2025-05-28 | true
            21061 | REVIEWER | 21061            | 21061 | 21061@2025-07-01 | 2026-04-01 | false
            51    | REVIEWER | 51               | 21067 | 21067            | 2025-05-28 | true
            """)
    void aReusedCodeDoesNotMakeTheNewUnitsPeopleReadTheOldUnitsReports(String unit, String roles, String version, String of,
                                                                     String ofVersion, LocalDate issuedOn, boolean sees) {
        assertThat(access.maySee(caller(unit, roles, version), of, ofVersion, issuedOn)).isEqualTo(sees);
    }

    @ParameterizedTest(name = "{0} enters drafts in bulk: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CLERK          | true
            CLERK REVIEWER | true
            REVIEWER       | false
            ADMIN          | false
            """)
    void draftsAreEnteredInBulkByAClerk(String roles, boolean enters) {
        Caller caller = caller(Units.SON_TINH, roles);

        if (enters) {
            assertThatCode(() -> access.requireClerk(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireClerk(caller)).isInstanceOf(NotAClerkException.class)
                    .hasMessage("Only a clerk may enter drafts for the units below " + Units.SON_TINH);
        }
    }
}
