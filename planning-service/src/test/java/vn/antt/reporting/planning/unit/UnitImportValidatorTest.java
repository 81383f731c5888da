package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Validation of whole import files, each error naming its record; small files written in the tests. */
class UnitImportValidatorTest {

    private static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);

    private final UnitFileParser parser = new UnitFileParser();
    private final UnitImportValidator validator = new UnitImportValidator();

    /** The directory holding Tỉnh Quảng Ngãi → Huyện Sơn Tịnh → Xã Tịnh Sơn. */
    private static Map<String, Unit> quangNgaiDirectory() {
        return Stream.of(
                unit("51", "Tỉnh Quảng Ngãi", "Tỉnh", UnitKind.PROVINCE, null),
                unit("527", "Huyện Sơn Tịnh", "Huyện", UnitKind.DISTRICT, "51"),
                unit("21217", "Xã Tịnh Sơn", "Xã", UnitKind.COMMUNE, "527"))
                .collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    private static Unit unit(String code, String name, String type, UnitKind kind, String parent) {
        return new Unit(code, name, type, kind, parent, List.of(), LIST_DATE, null, 1, null, null);
    }

    private List<ImportError> validate(String json, Map<String, Unit> existing) {
        return validator.validate(parser.parse(json.getBytes(StandardCharsets.UTF_8)), existing);
    }

    @Test
    void aValidOfficialListHasNoError() {
        String json = """
                {"data_date": "01/03/2025", "data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                    "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"},
                                {"level3_id": "21220", "name": "Thị trấn Tịnh Hà", "type": "Thị trấn"}]}]}]}
                """;
        UnitFile file = parser.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(validator.validate(file, Map.of())).isEmpty();
        assertThat(file.declaredDate()).isEqualTo(LIST_DATE);
        assertThat(file.records()).extracting(UnitRecord::code, UnitRecord::kind, UnitRecord::parentCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("51", UnitKind.PROVINCE, null),
                org.assertj.core.groups.Tuple.tuple("527", UnitKind.DISTRICT, "51"),
                org.assertj.core.groups.Tuple.tuple("21217", UnitKind.COMMUNE, "527"),
                org.assertj.core.groups.Tuple.tuple("21220", UnitKind.COMMUNE, "527"));
    }

    @Test
    void unknownParentNamesTheRecordAndTheParent() {
        String json = """
                {"units": [
                  {"code": "51-CA", "name": "Công an tỉnh Quảng Ngãi", "type": "Cơ quan nhà nước", "kind": "AGENCY", "parentCode": "51"},
                  {"code": "99-SNV", "name": "Sở Nội vụ", "type": "Cơ quan nhà nước", "kind": "AGENCY", "parentCode": "99"}]}
                """;

        List<ImportError> errors = validate(json, quangNgaiDirectory());

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("99-SNV");
            assertThat(error.rule()).isEqualTo("unknown-parent");
            assertThat(error.path()).isEqualTo("units[1]");
            assertThat(error.message()).contains("99-SNV").contains("parent 99");
        });
    }

    @Test
    void duplicateCodeNamesTheRecordAndBothPlaces() {
        String json = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                    "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"},
                                {"level3_id": "21217", "name": "Xã Tịnh Sơn (bản sao)", "type": "Xã"}]}]}]}
                """;

        List<ImportError> errors = validate(json, Map.of());

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("21217");
            assertThat(error.rule()).isEqualTo("duplicate-code");
            assertThat(error.path()).isEqualTo("data[0].level2s[0].level3s[1]");
            assertThat(error.message()).contains("data[0].level2s[0].level3s[0]");
        });
    }

    @Test
    void twoUnitsNamingEachOtherAsParentAreACycle() {
        String json = """
                {"units": [
                  {"code": "51-A", "name": "Hội A", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-B"},
                  {"code": "51-B", "name": "Hội B", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-A"},
                  {"code": "51-C", "name": "Hội C", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-A"}]}
                """;

        List<ImportError> errors = validate(json, quangNgaiDirectory());

        assertThat(errors).extracting(ImportError::rule).containsOnly("cycle");
        assertThat(errors).extracting(ImportError::record).containsExactlyInAnyOrder("51-A", "51-B");
        assertThat(errors.get(0).message()).contains("51-A → 51-B → 51-A");
    }

    @Test
    void aCycleThroughTheDirectoryIsFoundToo() {
        Map<String, Unit> directory = new java.util.HashMap<>(quangNgaiDirectory());
        directory.put("51-B", unit("51-B", "Hội B", "Hội", UnitKind.ASSOCIATION, "51-A"));
        directory.put("51-A", unit("51-A", "Hội A", "Hội", UnitKind.ASSOCIATION, "51"));
        String json = """
                {"units": [{"code": "51-A", "name": "Hội A", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-B"}]}
                """;

        assertThat(validate(json, directory)).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("51-A");
            assertThat(error.rule()).isEqualTo("cycle");
        });
    }

    @Test
    void missingNameNamesTheRecord() {
        String json = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                    "level3s": [{"level3_id": "21217", "name": "  ", "type": "Xã"}]}]}]}
                """;

        assertThat(validate(json, Map.of())).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("21217");
            assertThat(error.rule()).isEqualTo("missing-name");
            assertThat(error.path()).isEqualTo("data[0].level2s[0].level3s[0]");
        });
    }

    @Test
    void aRecordWithoutCodeIsNamedByItsPlace() {
        String json = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"name": "Huyện Sơn Tịnh", "type": "Huyện", "level3s": []}]}]}
                """;

        assertThat(validate(json, Map.of())).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("data[0].level2s[0]");
            assertThat(error.rule()).isEqualTo("missing-code");
            assertThat(error.message()).contains("Huyện Sơn Tịnh");
        });
    }

    @Test
    void everyErrorOfTheFileIsListedAtOnce() {
        String json = """
                {"units": [
                  {"code": "51-A", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51"},
                  {"code": "51-B", "name": "Hội B", "type": "Hội", "kind": "CLUB", "parentCode": "51"},
                  {"code": "51-C", "name": "Hội C", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "52"},
                  {"code": "51-A", "name": "Hội A", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51"}]}
                """;

        assertThat(validate(json, quangNgaiDirectory()))
                .extracting(ImportError::record, ImportError::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("51-A", "missing-name"),
                        org.assertj.core.groups.Tuple.tuple("51-B", "unknown-kind"),
                        org.assertj.core.groups.Tuple.tuple("51-C", "unknown-parent"),
                        org.assertj.core.groups.Tuple.tuple("51-A", "duplicate-code"));
    }

    @Test
    void aCommuneMustHangUnderADistrict() {
        String json = """
                {"units": [{"code": "29999", "name": "Xã Mới", "type": "Xã", "kind": "COMMUNE", "parentCode": "51"}]}
                """;

        assertThat(validate(json, quangNgaiDirectory())).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("29999");
            assertThat(error.rule()).isEqualTo("wrong-parent-kind");
        });
    }

    @Test
    void hamletsHangUnderCommunesAndNowhereElse() {
        String json = """
                {"units": [{"code": "21217-T01", "name": "Thôn Thọ Bắc", "type": "Thôn", "kind": "HAMLET", "parentCode": "21217"},
                           {"code": "21217-T02", "name": "Thôn Thọ Nam", "type": "Thôn", "kind": "HAMLET", "parentCode": "527"},
                           {"code": "21217-X", "name": "Xã trong xã", "type": "Xã", "kind": "COMMUNE", "parentCode": "21217"}]}
                """;

        assertThat(validate(json, quangNgaiDirectory())).extracting(ImportError::record, ImportError::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("21217-T02", "wrong-parent-kind"),
                org.assertj.core.groups.Tuple.tuple("21217-X", "wrong-parent-kind"));
    }

    @Test
    void aKnownCodeCannotChangeItsKind() {
        String json = """
                {"units": [{"code": "527", "name": "Huyện Sơn Tịnh", "type": "Cơ quan", "kind": "AGENCY", "parentCode": "51"}]}
                """;

        assertThat(validate(json, quangNgaiDirectory())).extracting(ImportError::record, ImportError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("527", "kind-conflict"));
    }

    @Test
    void somethingElseThanJsonIsRefusedAsAWhole() {
        assertThat(validate("level1_id;name\n51;Tỉnh Quảng Ngãi", Map.of())).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("file");
            assertThat(error.rule()).isEqualTo("unreadable-file");
        });
        assertThat(validate("{\"provinces\": []}", Map.of())).extracting(ImportError::rule).containsExactly("unreadable-file");
        assertThat(validate("{\"data\": []}", Map.of())).extracting(ImportError::rule).containsExactly("empty-file");
    }
}
