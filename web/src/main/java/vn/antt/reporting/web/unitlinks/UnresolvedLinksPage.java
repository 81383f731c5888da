package vn.antt.reporting.web.unitlinks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.web.format.VietnameseDates;

/**
 * What the last import of the two-level list could not link, one row per new unit (a unit may have several names
 * unresolved), with the unit's links as they are now. Read from planning-service's
 * {@code GET /api/units/unresolved-predecessors}.
 *
 * @param validFrom the list's date as people read it ("01/07/2025"), null when no two-level list was imported
 */
public record UnresolvedLinksPage(String validFrom, List<UnitRow> units) {

    /**
     * @param code  the new unit's code
     * @param key   its version key
     * @param names the names of its merger-map text linked to no unit, each with the reason in Vietnamese
     * @param links its predecessors now: version key and the text that named it
     */
    public record UnitRow(String code, String key, String name, List<String> names, List<Link> links) {

        /** The version keys of its links, as the fix form starts from them. */
        public String linkKeys() {
            return String.join(", ", links.stream().map(Link::key).toList());
        }

        /** Some of its links were set by an administrator (see its audit trail). */
        public boolean fixedByHand() {
            return links.stream().anyMatch(link -> BY_HAND.equals(link.text()));
        }
    }

    /** planning-service's text of a link set by hand. */
    static final String BY_HAND = "sửa thủ công";

    /** @param text the merger map's text that named it, or "sửa thủ công" */
    public record Link(String key, String code, String text) {
    }

    static UnresolvedLinksPage of(JsonNode answer) {
        Map<String, UnitRow> rows = new LinkedHashMap<>();
        for (JsonNode item : answer.path("items")) {
            String key = item.path("unitKey").asString();
            UnitRow row = rows.computeIfAbsent(key, k -> {
                List<Link> links = new ArrayList<>();
                item.path("links").forEach(l -> links.add(new Link(l.path("predecessorKey").asString(),
                        l.path("predecessorCode").asString(), l.path("text").asString())));
                return new UnitRow(item.path("unit").asString(), key, item.path("unitName").asString(), new ArrayList<>(), links);
            });
            String name = item.path("predecessor").isNull() || item.path("predecessor").isMissingNode()
                    ? "(bảng sắp xếp không ghi đơn vị trước)" : item.path("predecessor").asString();
            row.names().add(name + " — " + reason(item.path("reason").asString()));
        }
        String validFrom = answer.path("validFrom").isNull() || answer.path("validFrom").isMissingNode() ? null
                : VietnameseDates.format(LocalDate.parse(answer.path("validFrom").asString()));
        return new UnresolvedLinksPage(validFrom, List.copyOf(rows.values()));
    }

    /** planning-service's reason code ("not-found: …") as the page says it. */
    static String reason(String reason) {
        String rule = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
        return switch (rule) {
            case "not-found" -> "không tìm thấy đơn vị trước sắp xếp có tên này";
            case "ambiguous" -> "có nhiều đơn vị trước sắp xếp cùng tên";
            case "no-text" -> "bảng sắp xếp không ghi đơn vị hình thành";
            case "province-unresolved" -> "chưa xác định được tỉnh trước sắp xếp";
            default -> reason;
        };
    }
}
