package vn.antt.reporting.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.web.api.UnitStandingInfo;

class StatusBoardTest {

    private static final Instant JUNE_6 = Instant.parse("2025-06-05T17:00:00Z");
    private static final Instant JUNE_10 = Instant.parse("2025-06-09T17:00:00Z");
    private static final Map<String, String> NAMES = Map.of("527", "Huyện Sơn Tịnh", "524", "Huyện Bình Sơn");

    private static UnitStandingInfo unit(String code, String name, List<String> ancestry, Instant deadline, String standing,
                                         boolean overdue, Integer level, String levelKind) {
        return new UnitStandingInfo(code, name, "COMMUNE", ancestry, deadline, standing, standing.equals("NOT_SUBMITTED") ? null : 1,
                standing.equals("NOT_SUBMITTED") ? null : "s-" + code, null, false, overdue, level, levelKind);
    }

    private static List<UnitStandingInfo> province() {
        return List.of(
                unit("21217", "Xã Tịnh Sơn", List.of("51", "527"), JUNE_6, "SUBMITTED", false, 1, "DISTRICT"),
                unit("21220", "Thị trấn Tịnh Hà", List.of("51", "527"), JUNE_6, "NOT_SUBMITTED", true, null, null),
                unit("21067", "Xã Bình Hải", List.of("51", "524"), JUNE_10, "AWAITING_NEXT_LEVEL", false, 2, "PROVINCE"),
                unit("21070", "Xã Bình An", List.of("51", "524"), JUNE_10, "FINAL", false, null, null),
                unit("51A", "Sở Tư pháp", List.of("51"), JUNE_10, "RETURNED", false, null, null));
    }

    @Test
    void countsPerStateAndPerPartOfMyTerritory() {
        StatusBoard board = StatusBoard.of(province(), Set.of(), "51", NAMES::get, null, null, false, null);
        assertThat(board.total()).isEqualTo(5);
        assertThat(board.counts()).containsEntry("NOT_SUBMITTED", 1L).containsEntry("SUBMITTED", 1L)
                .containsEntry("AWAITING_PROVINCE", 1L).containsEntry("AWAITING_DISTRICT", 0L)
                .containsEntry("FINAL", 1L).containsEntry("RETURNED", 1L);
        assertThat(board.overdue()).isEqualTo(1);
        assertThat(board.byPart()).extracting(StatusBoard.Part::name).containsExactly("Huyện Sơn Tịnh", "Huyện Bình Sơn", "Sở Tư pháp");
        assertThat(board.byPart().get(0).counts()).containsEntry("SUBMITTED", 1L).containsEntry("NOT_SUBMITTED", 1L);
        assertThat(board.byPart().get(0).expected()).isEqualTo(2);
        assertThat(board.rows()).extracting(StatusBoard.Row::stateName)
                .containsExactly("Đã gửi", "Chưa gửi", "Chờ cấp tỉnh", "Hoàn tất", "Bị trả lại");
    }

    @Test
    void filtersByStatePartAndOverdueAndSortsByDeadline() {
        assertThat(StatusBoard.of(province(), Set.of(), "51", NAMES::get, "FINAL", null, false, null).rows())
                .extracting(row -> row.unit().code()).containsExactly("21070");
        assertThat(StatusBoard.of(province(), Set.of(), "51", NAMES::get, null, "524", false, null).rows())
                .extracting(row -> row.unit().code()).containsExactly("21067", "21070");
        StatusBoard overdue = StatusBoard.of(province(), Set.of(), "51", NAMES::get, null, null, true, null);
        assertThat(overdue.rows()).extracting(row -> row.unit().code()).containsExactly("21220");
        assertThat(overdue.counts().get("FINAL")).as("counts are of all units, not of those shown").isEqualTo(1L);
        assertThat(StatusBoard.of(province(), Set.of(), "51", NAMES::get, null, null, false, "deadline").rows())
                .extracting(row -> row.unit().code()).containsExactly("21220", "21217", "51A", "21070", "21067");
    }

    @Test
    void aReportHeldAboveTheFirstLevelWaitsForThatLevelsKind() {
        assertThat(StatusBoard.state(unit("x", "x", List.of(), JUNE_6, "AWAITING_NEXT_LEVEL", false, 2, "DISTRICT"), false))
                .isEqualTo("AWAITING_DISTRICT");
        assertThat(StatusBoard.state(unit("x", "x", List.of(), JUNE_6, "SUBMITTED", false, 1, "DISTRICT"), false)).isEqualTo("SUBMITTED");
    }

    @Test
    void aUnitThatSentNothingButHasADraftIsBeingWritten() {
        StatusBoard board = StatusBoard.of(province(), Set.of("21220", "21217"), "51", NAMES::get, null, null, false, null);
        assertThat(board.counts()).containsEntry("NOT_SUBMITTED", 0L).containsEntry("DRAFT", 1L)
                // A unit that already sent a version and drafts the next one stands where its sent version stands.
                .containsEntry("SUBMITTED", 1L);
        assertThat(board.rows()).filteredOn(row -> row.unit().code().equals("21220")).extracting(StatusBoard.Row::stateName)
                .containsExactly("Bản nháp");
        assertThat(StatusBoard.of(province(), Set.of("21220"), "51", NAMES::get, "DRAFT", null, false, null).rows())
                .extracting(row -> row.unit().code()).containsExactly("21220");
    }
}
