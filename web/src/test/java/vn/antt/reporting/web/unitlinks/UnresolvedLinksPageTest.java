package vn.antt.reporting.web.unitlinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The page's rows from planning-service's answer, and its refusals in Vietnamese naming what to correct. */
class UnresolvedLinksPageTest {

    private static final String ANSWER = """
            {"validFrom": "2025-07-01", "importedAt": "2026-01-10T02:00:00Z", "items": [
              {"unit": "21992", "unitKey": "21992", "unitName": "Xã Đông Giang", "path": "provinces[0].communes[2]",
               "predecessor": "Xã Tịnh Không", "reason": "not-found: no commune of that name in Tỉnh Quảng Ngãi on 2025-06-30",
               "links": [{"predecessorKey": "21226", "predecessorCode": "21226", "text": "Xã Tịnh Giang"}]},
              {"unit": "21992", "unitKey": "21992", "unitName": "Xã Đông Giang", "path": "provinces[0].communes[2]",
               "predecessor": "Xã Tịnh Lạ", "reason": "ambiguous: 2 communes of that name (…)", "links": []},
              {"unit": "21993", "unitKey": "21993", "unitName": "Xã Minh Long", "path": "provinces[0].communes[3]",
               "predecessor": null, "reason": "no-text: the merger map names none", "links": []}]}
            """;

    @Test
    void oneRowPerNewUnitWithItsUnresolvedNamesAndItsLinks() {
        UnresolvedLinksPage page = UnresolvedLinksPage.of(JsonMapper.builder().build().readTree(ANSWER));
        assertThat(page.validFrom()).isEqualTo("01/07/2025");
        assertThat(page.units()).extracting(UnresolvedLinksPage.UnitRow::code).containsExactly("21992", "21993");
        assertThat(page.units().get(0).names()).containsExactly(
                "Xã Tịnh Không — không tìm thấy đơn vị trước sắp xếp có tên này",
                "Xã Tịnh Lạ — có nhiều đơn vị trước sắp xếp cùng tên");
        assertThat(page.units().get(0).linkKeys()).isEqualTo("21226");
        assertThat(page.units().get(1).names()).containsExactly(
                "(bảng sắp xếp không ghi đơn vị trước) — bảng sắp xếp không ghi đơn vị hình thành");
        assertThat(page.units().get(1).links()).isEmpty();
    }

    @Test
    void aRefusalSaysWhatToCorrect() {
        List<String> keys = List.of("21229", "99999");
        assertThat(UnitLinkController.message("invalid-predecessor-fix", "reason", keys)).startsWith("Cần ghi lý do");
        assertThat(UnitLinkController.message("invalid-predecessor-fix", "predecessors[1]", keys))
                .isEqualTo("Mã 99999 không phải một đơn vị còn hiệu lực ngày 30/6/2025 (đơn vị trước sắp xếp).");
        assertThat(UnitLinkController.message("access-refused", "predecessors[0]", keys))
                .isEqualTo("Đơn vị trước sắp xếp 21229 không thuộc phạm vi quản trị của đơn vị bạn.");
        assertThat(UnitLinkController.message("access-refused", "code", keys)).isEqualTo("Đơn vị này không thuộc phạm vi quản trị của đơn vị bạn.");
    }
}
