package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What an import writes: only real changes, each with a new revision and a reserved event id. */
class ImportPlannerTest {

    private static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);
    private static final Instant NOW = Instant.parse("2025-05-28T02:00:00Z");
    private static final String SON_TINH = """
            {"data_date": "01/03/2025", "data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
              "level2s": [{"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                "level3s": [{"level3_id": "21217", "name": "%s", "type": "Xã"},
                            {"level3_id": "21220", "name": "Thị trấn Tịnh Hà", "type": "Thị trấn"}]}]}]}
            """;

    private final AtomicInteger ids = new AtomicInteger();
    private final ImportPlanner planner = new ImportPlanner(() -> "event-" + ids.incrementAndGet());
    private final UnitFileParser parser = new UnitFileParser();

    private UnitFile file(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The directory after the plan's writes, as the importer stores them. */
    private static Map<String, Unit> apply(Map<String, Unit> directory, ImportPlan plan) {
        Map<String, Unit> after = new HashMap<>(directory);
        plan.created().forEach(unit -> after.put(unit.code(), unit));
        plan.changed().forEach(change -> after.put(change.unit().code(), change.unit()));
        plan.ancestryOnly().forEach(unit -> after.put(unit.code(), unit));
        return after;
    }

    @Test
    void aNewListCreatesEveryUnitWithItsAncestryAndAPendingEvent() {
        ImportPlan plan = planner.plan(file(SON_TINH.formatted("Xã Tịnh Sơn")), Map.of(), LIST_DATE, false, NOW);

        assertThat(plan.created()).hasSize(4);
        Unit tinhSon = plan.created().stream().filter(u -> u.code().equals("21217")).findFirst().orElseThrow();
        assertThat(tinhSon.ancestry()).containsExactly("51", "527");
        assertThat(tinhSon.revision()).isEqualTo(1);
        assertThat(tinhSon.validFrom()).isEqualTo(LIST_DATE);
        assertThat(tinhSon.pending().eventId()).startsWith("event-");
        assertThat(plan.provinces()).containsExactly("51");
    }

    @Test
    void theSameListAgainChangesNothing() {
        Map<String, Unit> directory = apply(Map.of(), planner.plan(file(SON_TINH.formatted("Xã Tịnh Sơn")), Map.of(),
                LIST_DATE, false, NOW));

        ImportPlan again = planner.plan(file(SON_TINH.formatted("Xã Tịnh Sơn")), directory, LocalDate.of(2025, 6, 1),
                false, NOW.plusSeconds(3600));

        assertThat(again.writes()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void aRenameRaisesTheRevisionOfThatUnitOnly() {
        Map<String, Unit> directory = apply(Map.of(), planner.plan(file(SON_TINH.formatted("Xã Tịnh Sơn")), Map.of(),
                LIST_DATE, false, NOW));

        ImportPlan renamed = planner.plan(file(SON_TINH.formatted("Phường Tịnh Sơn")), directory, LIST_DATE, false, NOW);

        assertThat(renamed.created()).isEmpty();
        assertThat(renamed.changed()).singleElement().satisfies(change -> {
            assertThat(change.previousRevision()).isEqualTo(1);
            assertThat(change.unit().name()).isEqualTo("Phường Tịnh Sơn");
            assertThat(change.unit().revision()).isEqualTo(2);
            assertThat(change.unit().validFrom()).isEqualTo(LIST_DATE);
            assertThat(change.unit().pending().eventId())
                    .isNotEqualTo(directory.get("21217").pending().eventId());
        });
    }

    @Test
    void anAdministrativeUnitMissingFromTheListOfItsProvinceIsClosedOnTheImportDate() {
        Map<String, Unit> directory = apply(Map.of(), planner.plan(file(SON_TINH.formatted("Xã Tịnh Sơn")), Map.of(),
                LIST_DATE, false, NOW));
        directory.put("51-CA", new Unit("51-CA", "Công an tỉnh Quảng Ngãi", "Cơ quan nhà nước", UnitKind.AGENCY, "51",
                List.of("51"), LIST_DATE, null, 1, NOW, null));
        String withoutTinhHa = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "527", "name": "Thị xã Sơn Tịnh", "type": "Thị xã",
                    "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"}]}]}]}
                """;

        ImportPlan plan = planner.plan(file(withoutTinhHa), directory, LocalDate.of(2025, 7, 1), false, NOW);

        assertThat(plan.closed()).isEqualTo(1);
        assertThat(plan.changed()).extracting(change -> change.unit().code()).containsExactlyInAnyOrder("527", "21220");
        Unit tinhHa = plan.changed().stream().map(ImportPlan.Change::unit).filter(u -> u.code().equals("21220"))
                .findFirst().orElseThrow();
        assertThat(tinhHa.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(tinhHa.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(tinhHa.validOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void reParentingAUnitMovesTheAncestryOfItsDescendants() {
        String twoDistricts = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "524", "name": "Huyện Bình Sơn", "type": "Huyện", "level3s": []},
                              {"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện",
                               "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"}]}]}]}
                """;
        Map<String, Unit> directory = apply(Map.of(), planner.plan(file(twoDistricts), Map.of(), LIST_DATE, false, NOW));
        String health = """
                {"units": [{"code": "21217-TYT", "name": "Trạm Y tế xã Tịnh Sơn", "type": "Trạm y tế",
                            "kind": "HEALTH_STATION", "parentCode": "21217"}]}
                """;
        directory = apply(directory, planner.plan(file(health), directory, LIST_DATE, false, NOW));
        assertThat(directory.get("21217-TYT").ancestry()).containsExactly("51", "527", "21217");

        String moved = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh",
                  "level2s": [{"level2_id": "524", "name": "Huyện Bình Sơn", "type": "Huyện",
                               "level3s": [{"level3_id": "21217", "name": "Xã Tịnh Sơn", "type": "Xã"}]},
                              {"level2_id": "527", "name": "Huyện Sơn Tịnh", "type": "Huyện", "level3s": []}]}]}
                """;
        ImportPlan plan = planner.plan(file(moved), directory, LIST_DATE, false, NOW);

        assertThat(plan.changed()).extracting(change -> change.unit().code()).containsExactly("21217");
        assertThat(plan.ancestryOnly()).singleElement().satisfies(unit -> {
            assertThat(unit.code()).isEqualTo("21217-TYT");
            assertThat(unit.ancestry()).containsExactly("51", "524", "21217");
            assertThat(unit.revision()).isEqualTo(1);
        });
    }
}
