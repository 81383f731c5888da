package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The merger map's texts read into links, by name within the pre-reform provinces the new province names: a split
 * unit ("phần còn lại …") gets a link to each new unit, and a name that matches no unit or several is listed with its
 * reason, never guessed.
 */
class PredecessorLinksTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);

    private static Unit old(String code, String name, UnitKind kind, String parent, List<String> ancestry) {
        return new Unit(code, name, kind == UnitKind.COMMUNE ? "Xã" : "Tỉnh", kind, parent, ancestry, LIST_DATE, REFORM, 2, null, null);
    }

    private static Unit next(String code, String name, UnitKind kind, String parent) {
        return new Unit(code + "@" + REFORM, code, name, "Xã", kind, parent, parent == null ? List.of() : List.of(parent), REFORM, null, 1,
                null, null);
    }

    @Test
    void namesAreLinkedWithinThePredecessorProvincesAndWhatCannotBeIsListedWithItsReason() {
        List<Unit> units = new ArrayList<>(List.of(
                // Quảng Ngãi (kept its code and its one version) and Kon Tum, before the reform.
                new Unit("51", "Tỉnh Quảng Ngãi", "Tỉnh", UnitKind.PROVINCE, null, List.of(), LIST_DATE, null, 1, null, null),
                old("62", "Tỉnh Kon Tum", UnitKind.PROVINCE, null, List.of()),
                old("21217", "Xã Tịnh Sơn", UnitKind.COMMUNE, "527", List.of("51", "527")),
                old("21220", "Thị trấn Tịnh Hà", UnitKind.COMMUNE, "527", List.of("51", "527")),
                old("23290", "Xã Đăk Hà", UnitKind.COMMUNE, "612", List.of("62", "612")),
                // Two communes of the same name in two districts of Kon Tum.
                old("23300", "Xã Hà Mòn", UnitKind.COMMUNE, "612", List.of("62", "612")),
                old("23400", "Xã Hà Mòn", UnitKind.COMMUNE, "613", List.of("62", "613")),
                // Elsewhere: not one of Quảng Ngãi's predecessors.
                old("00004", "Phường Trúc Bạch", UnitKind.COMMUNE, "001", List.of("01", "001")),
                next("21217", "Xã Sơn Tịnh", UnitKind.COMMUNE, "51"),
                next("23290", "Xã Đăk Hà", UnitKind.COMMUNE, "51")));
        UnitFile file = new UnitFileParser().parse("""
                {"provinces": [{"code": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "predecessors": "tỉnh Kon Tum và tỉnh Quảng Ngãi",
                  "communes": [
                    {"code": "21217", "name": "Xã Sơn Tịnh", "type": "Xã",
                     "predecessors": "xã Tịnh Sơn, Thị trấn Tịnh Hà (phần còn lại sau khi sáp nhập vào xã Đăk Hà), Phường Trúc Bạch"},
                    {"code": "23290", "name": "Xã Đăk Hà", "type": "Xã",
                     "predecessors": "Xã Đăk Hà, Xã Hà Mòn, Thị trấn Tịnh Hà (phần còn lại sau khi sáp nhập vào xã Sơn Tịnh)"}]}]}
                """.getBytes(StandardCharsets.UTF_8));

        PredecessorLinks.Resolution resolution = PredecessorLinks.resolve(file, units, REFORM);

        assertThat(resolution.links()).extracting(l -> l.successorKey() + " <- " + l.predecessorKey() + (l.partial() ? " (part)" : ""))
                .containsExactlyInAnyOrder(
                        "51 <- 62", "51 <- 51",
                        "21217@2025-07-01 <- 21217", "21217@2025-07-01 <- 21220 (part)",
                        "23290@2025-07-01 <- 23290", "23290@2025-07-01 <- 21220 (part)");
        assertThat(resolution.unresolved()).extracting(u -> u.unit() + " " + u.predecessor() + ": " + u.reason().substring(0, u.reason().indexOf(':')))
                .containsExactlyInAnyOrder("21217 Phường Trúc Bạch: not-found", "23290 Xã Hà Mòn: ambiguous");
        assertThat(resolution.unresolved()).filteredOn(u -> u.reason().startsWith("ambiguous")).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("23300 in 612", "23400 in 613"));
    }
}
