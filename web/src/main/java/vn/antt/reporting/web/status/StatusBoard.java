package vn.antt.reporting.web.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.antt.reporting.web.api.UnitStandingInfo;

/**
 * The status board of a plan at my node: every expected unit of my subtree with where its report stands, counts
 * per state and per part of my territory (the unit under mine on its path), filtered and sorted. The standing and
 * the level a report waits for are the service's; here they are only named, counted and arranged.
 *
 * @param rows    the units shown (after the filters), sorted
 * @param counts  all units per state, in the order of {@link #STATES}
 * @param byPart  per part of my territory (code to its name and counts per state)
 * @param overdue how many units are overdue (all, not only those shown)
 */
public record StatusBoard(List<Row> rows, Map<String, Long> counts, List<Part> byPart, long overdue, long total) {

    /** The states as people name them, in the order a report goes through them. */
    public static final Map<String, String> STATES = states();

    private static Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put("NOT_SUBMITTED", "Chưa gửi");
        states.put("DRAFT", "Bản nháp");
        states.put("SUBMITTED", "Đã gửi");
        states.put("RETURNED", "Bị trả lại");
        states.put("AWAITING_DISTRICT", "Chờ cấp huyện");
        states.put("AWAITING_PROVINCE", "Chờ cấp tỉnh");
        states.put("FINAL", "Hoàn tất");
        return states;
    }

    /** One unit: its standing's name, the part of my territory it belongs to. */
    public record Row(UnitStandingInfo unit, String state, String stateName, String partCode, String partName) {
    }

    /** A part of my territory (a district under the province) with its counts per state. */
    public record Part(String code, String name, Map<String, Long> counts, long expected) {
    }

    /**
     * The state a unit is shown in: a report held by a reviewer at a level above the first is "chờ cấp …" of that
     * level; one nobody acted on yet is "đã gửi"; a unit that has sent nothing but has a draft is "bản nháp".
     */
    static String state(UnitStandingInfo unit, boolean drafting) {
        String standing = unit.standing() == null ? "NOT_SUBMITTED" : unit.standing();
        if (standing.equals("NOT_SUBMITTED") && drafting) {
            return "DRAFT";
        }
        if (standing.equals("AWAITING_NEXT_LEVEL")) {
            return "DISTRICT".equals(unit.awaitingLevelKind()) ? "AWAITING_DISTRICT" : "AWAITING_PROVINCE";
        }
        return standing;
    }

    /**
     * @param units  the service's standings of every expected unit under {@code myUnit}
     * @param drafting the units among them that have a draft of their report (submission-service)
     * @param state  only this state (a key of {@link #STATES}), or null
     * @param part   only the units under this part of my territory, or null
     * @param onlyOverdue only overdue units
     * @param sort   "deadline", "state", "name" (default: the plan's order)
     */
    public static StatusBoard of(List<UnitStandingInfo> units, Set<String> drafting, String myUnit, Function<String, String> names, String state,
                                 String part, boolean onlyOverdue, String sort) {
        List<Row> all = new ArrayList<>();
        for (UnitStandingInfo unit : units) {
            int at = unit.ancestry().indexOf(myUnit);
            String partCode = at >= 0 && at + 1 < unit.ancestry().size() ? unit.ancestry().get(at + 1) : unit.code();
            String shown = state(unit, drafting.contains(unit.code()));
            all.add(new Row(unit, shown, STATES.getOrDefault(shown, shown), partCode,
                    partCode.equals(unit.code()) ? unit.name() : names.apply(partCode)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.keySet().forEach(key -> counts.put(key, 0L));
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Row row : all) {
            counts.merge(row.state(), 1L, Long::sum);
            Part p = parts.computeIfAbsent(row.partCode(), code -> {
                Map<String, Long> zero = new LinkedHashMap<>();
                STATES.keySet().forEach(key -> zero.put(key, 0L));
                return new Part(code, row.partName(), zero, 0);
            });
            p.counts().merge(row.state(), 1L, Long::sum);
            parts.put(p.code(), new Part(p.code(), p.name(), p.counts(), p.expected() + 1));
        }
        List<Row> rows = all.stream()
                .filter(row -> state == null || state.isBlank() || row.state().equals(state))
                .filter(row -> part == null || part.isBlank() || row.partCode().equals(part))
                .filter(row -> !onlyOverdue || row.unit().overdue())
                .sorted(order(sort))
                .toList();
        long overdue = all.stream().filter(row -> row.unit().overdue()).count();
        return new StatusBoard(rows, counts, List.copyOf(parts.values()), overdue, all.size());
    }

    private static Comparator<Row> order(String sort) {
        List<String> states = List.copyOf(STATES.keySet());
        return switch (sort == null ? "" : sort) {
            case "deadline" -> Comparator.comparing((Row row) -> row.unit().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(row -> row.unit().name());
            case "state" -> Comparator.comparingInt((Row row) -> states.indexOf(row.state())).thenComparing(row -> row.unit().name());
            case "name" -> Comparator.comparing(row -> row.unit().name());
            default -> (a, b) -> 0; // the plan's order
        };
    }
}
