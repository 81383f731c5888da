package vn.antt.reporting.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COMMUNE           | Xã, phường, thị trấn
            HEALTH_STATION    | Trạm y tế
            MASS_ORGANISATION | Tổ chức chính trị - xã hội
            ASSOCIATION       | Hội nghề nghiệp
            AGENCY            | Cơ quan, ban, ngành
            SOMETHING_NEW     | SOMETHING_NEW
            """)
    void everyKindOfTheDirectoryHasItsVietnameseName(String kind, String name) {
        assertThat(UnitKindNames.of(kind)).isEqualTo(name);
    }
}
