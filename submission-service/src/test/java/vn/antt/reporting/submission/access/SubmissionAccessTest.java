package vn.antt.reporting.submission.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/** submission-service's access rules, one row per caller and unit (no Spring context; the directory of the mothers). */
class SubmissionAccessTest {

    private static final Map<String, List<String>> ANCESTRY = List.of(Units.sonTinh(), Units.tinhSon(), Units.tinhHa(), Units.binhHai())
            .stream().collect(Collectors.toMap(UnitRef::code, UnitRef::ancestry));

    private final SubmissionAccess access = new SubmissionAccess(new UnitDirectory(null) {
        @Override
        public boolean isSameOrAbove(String upper, String unit) {
            return upper.equals(unit) || ANCESTRY.getOrDefault(unit, List.of()).contains(upper);
        }
    });

    private static Caller caller(String unitCode, String roles) {
        return new Caller("nguoi.dung", unitCode, EnumSet.copyOf(Arrays.stream(roles.split(" ")).map(Role::valueOf).toList()));
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

        assertThat(access.maySee(caller, of)).isEqualTo(sees);
        if (sees) {
            assertThatCode(() -> access.requireMaySee(caller, of)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireMaySee(caller, of)).isInstanceOf(NotYourUnitException.class)
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
            assertThatCode(() -> access.requireClerkOf(caller, of, "submit its report")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> access.requireClerkOf(caller, of, "submit its report")).isInstanceOf(NotClerkOfUnitException.class)
                    .hasMessage("Only a clerk of unit " + of + " may submit its report");
        }
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
