package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A small synthetic reform: two districts of Quảng Ngãi, two communes each, merged into two new communes directly
 * under the province, each keeping the code of one predecessor (as the 2025 list does with 2.224 codes).
 */
class TwoLevelImportPlannerTest {

    static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final Instant NOW = Instant.parse("2025-07-01T02:00:00Z");

    static final String PRE_REFORM = """
            {"data_date": "01/03/2025", "data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
              "level2s": [{"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"},
                            {"level3_id": "21220", "name": "Thị trấn Tịnh Hà", "type": "Thị trấn"}]},
                          {"level2_id": "524", "name": "Huyện Bình Sơn", "type": "Huyện",
                "level3s": [{"level3_id": "21040", "name": "Thị trấn Châu Ổ", "type": "Thị trấn"},
                            {"level3_id": "21043", "name": "Xã Bình Thuận", "type": "Xã"}]}]}]}
            """;
    static final String TWO_LEVELS = """
            {"provinces": [{"code": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "predecessors": "Tỉnh Quảng Ngãi",
              "communes": [
                {"code": "21217", "name": "Xã Sơn Tịnh", "type": "Xã", "predecessors": "Xã Tịnh Sơn, Thị trấn Tịnh Hà"},
                {"code": "21043", "name": "Xã Bình Sơn", "type": "Xã", "predecessors": "Thị trấn Châu Ổ, Xã Bình Thuận"}]}]}
            """;

    private final AtomicInteger ids = new AtomicInteger();
    private final ImportPlanner planner = new ImportPlanner(() -> "event-" + ids.incrementAndGet());
    private final UnitFileParser parser = new UnitFileParser();
    /** The stored directory, by version key, as the importer writes it. */
    private final Map<String, Unit> store = new LinkedHashMap<>();

    private ImportPlan importFile(String json, LocalDate day) {
        UnitFile file = parser.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        Map<String, List<Unit>> versions = new HashMap<>();
        store.values().forEach(unit -> versions.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit));
        Map<String, Unit> inForce = new HashMap<>();
        versions.forEach((code, list) -> inForce.put(code, ImportPlanner.inForceOn(list, day)));
        assertThat(new UnitImportValidator().validate(file, inForce)).isEmpty();
        ImportPlan plan = planner.plan(file, inForce, day, false, NOW);
        plan.created().forEach(unit -> assertThat(store.putIfAbsent(unit.key(), unit)).as(unit.key()).isNull());
        plan.changed().forEach(change -> {
            assertThat(store.get(change.unit().key()).revision()).isEqualTo(change.previousRevision());
            store.put(change.unit().key(), change.unit());
        });
        plan.ancestryOnly().forEach(unit -> store.put(unit.key(), unit));
        return plan;
    }

    private Unit on(String code, LocalDate day) {
        return store.values().stream().filter(u -> u.code().equals(code) && u.validOn(day)).findFirst().orElse(null);
    }

    @Test
    void theTwoLevelListOpensNewVersionsOfReusedCodesAndClosesTheOldTreeTheDayBefore() {
        importFile(PRE_REFORM, LIST_DATE);
        Map<String, Unit> before = new HashMap<>(store);

        ImportPlan reform = importFile(TWO_LEVELS, REFORM);

        // 21217 and 21043 name other units from 1/7/2025: a new version each; their old versions, the two other communes
        // and the two districts close on that day. The province keeps its one version: same name, type, no parent.
        assertThat(reform.created()).extracting(Unit::key).containsExactlyInAnyOrder("21217@2025-07-01", "21043@2025-07-01");
        assertThat(reform.closed()).isEqualTo(6);
        assertThat(reform.unchanged()).isEqualTo(1);
        assertThat(reform.national()).isTrue();

        LocalDate planIssued = LocalDate.of(2025, 5, 28);
        Unit tinhSon = on("21217", planIssued);
        assertThat(tinhSon.key()).isEqualTo("21217");
        assertThat(tinhSon.name()).isEqualTo("Xã Tịnh Sơn");
        assertThat(tinhSon.ancestry()).containsExactly("51", "527");
        assertThat(tinhSon.validTo()).isEqualTo(REFORM);
        assertThat(on("527", planIssued).validTo()).isEqualTo(REFORM);
        assertThat(on("527", REFORM)).isNull();
        assertThat(on("21220", REFORM)).isNull();

        Unit sonTinh = on("21217", REFORM);
        assertThat(sonTinh.name()).isEqualTo("Xã Sơn Tịnh");
        assertThat(sonTinh.parentCode()).isEqualTo("51");
        assertThat(sonTinh.ancestry()).containsExactly("51");
        assertThat(sonTinh.validFrom()).isEqualTo(REFORM);
        assertThat(sonTinh.toEvent().versionKey()).isEqualTo("21217@2025-07-01");
        assertThat(sonTinh.toEvent().partitionKey()).isEqualTo("21217@2025-07-01");

        // Nothing of the old versions but their end changes: name, type, parent and ancestry stay as they were.
        before.values().forEach(old -> {
            Unit now = store.get(old.key());
            assertThat(now.name()).isEqualTo(old.name());
            assertThat(now.parentCode()).isEqualTo(old.parentCode());
            assertThat(now.ancestry()).isEqualTo(old.ancestry());
            assertThat(now.validFrom()).isEqualTo(old.validFrom());
        });
    }

    @Test
    void theSameTwoLevelListAgainChangesNothing() {
        importFile(PRE_REFORM, LIST_DATE);
        importFile(TWO_LEVELS, REFORM);
        Map<String, Unit> after = new HashMap<>(store);

        ImportPlan again = importFile(TWO_LEVELS, REFORM);

        assertThat(again.writes()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(store).isEqualTo(after);
    }

    @Test
    void thePreReformListAgainAfterTheReformChangesNothing() {
        importFile(PRE_REFORM, LIST_DATE);
        importFile(TWO_LEVELS, REFORM);
        Map<String, Unit> after = new HashMap<>(store);

        ImportPlan again = importFile(PRE_REFORM, LIST_DATE);

        assertThat(again.writes()).isZero();
        assertThat(store).isEqualTo(after);
    }

    @Test
    void aCommuneDirectlyUnderItsProvinceIsRefusedBeforeTheReformAndADistrictAfterIt() {
        String communeUnderProvince = """
                {"data_date": "01/03/2025", "data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh"}]}
                """;
        importFile(communeUnderProvince, LIST_DATE);
        Map<String, Unit> inForce = new HashMap<>();
        store.values().forEach(unit -> inForce.put(unit.code(), unit));
        UnitImportValidator validator = new UnitImportValidator();

        UnitFile early = parser.parse("""
                {"validFrom": "2025-03-01", "units": [{"code": "21217", "name": "Xã Sơn Tịnh", "type": "Xã", "kind": "COMMUNE",
                  "parentCode": "51"}]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(validator.validate(early, inForce)).extracting(ImportError::rule).containsExactly("wrong-parent-kind");

        UnitFile late = parser.parse("""
                {"validFrom": "2025-07-01", "units": [{"code": "21217", "name": "Xã Sơn Tịnh", "type": "Xã", "kind": "COMMUNE",
                  "parentCode": "51"}, {"code": "999", "name": "Huyện Mới", "type": "Huyện", "kind": "DISTRICT", "parentCode": "51"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(validator.validate(late, inForce)).singleElement().satisfies(error -> {
            assertThat(error.record()).isEqualTo("999");
            assertThat(error.rule()).isEqualTo("district-after-reform");
        });
    }
}
