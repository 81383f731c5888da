package vn.antt.reporting.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.platform.document.IssuingBody.Unit;

class IssuingBodyTest {

    private static final Unit QUANG_NGAI = new Unit("Tỉnh Quảng Ngãi", "Tỉnh", "PROVINCE");
    private static final Unit SON_TINH = new Unit("Huyện Sơn Tịnh", "Huyện", "DISTRICT");

    @Test
    void aCommuneIssuesAsItsPeoplesCommitteeUnderTheDistrictsAsSeed000() {
        IssuingBody body = IssuingBody.of(List.of(new Unit("Xã Tịnh Sơn", "Xã", "COMMUNE"), SON_TINH, QUANG_NGAI));
        assertThat(body).isEqualTo(new IssuingBody("UBND HUYỆN SƠN TỊNH", "ỦY BAN NHÂN DÂN XÃ TỊNH SƠN", "Tịnh Sơn"));
    }

    @Test
    void aProvinceHasNoParentBodyAndAnotherUnitIsDatedAtTheAdministrativeUnitAboveIt() {
        assertThat(IssuingBody.of(List.of(QUANG_NGAI))).isEqualTo(new IssuingBody(null, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngãi"));
        // Seed 003: BAN CHỈ ĐẠO 138 under UBND HUYỆN THÁP MƯỜI, "Tháp Mười, ngày 24 tháng 11 năm 2023".
        IssuingBody committee = IssuingBody.of(List.of(new Unit("Ban Chỉ đạo 138", null, "AGENCY"),
                new Unit("Huyện Tháp Mười", "Huyện", "DISTRICT")));
        assertThat(committee).isEqualTo(new IssuingBody("UBND HUYỆN THÁP MƯỜI", "BAN CHỈ ĐẠO 138", "Tháp Mười"));
        assertThat(IssuingBody.of(List.of(new Unit("Thị trấn Tịnh Hà", null, "COMMUNE"))).place()).isEqualTo("Tịnh Hà");
    }
}
