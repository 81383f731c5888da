package vn.antt.reporting.planning.unit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the merger map's {@code predecessors} texts of a two-level list into links to the pre-reform units, by name,
 * within the pre-reform provinces that the new province's own text names ("tỉnh Kon Tum và tỉnh Quảng Ngãi"; "giữ
 * nguyên": itself). A name that matches no unit, or several, is reported with the reason and not linked.
 */
final class PredecessorLinks {

    private static final String UNCHANGED = "giữ nguyên";
    private static final String REMAINDER = "phần còn lại";

    /** What the texts resolve to. */
    record Resolution(List<UnitLink> links, List<UnresolvedPredecessor> unresolved) {
    }

    /**
     * @param file     the two-level list
     * @param units    every version of every code, as stored after the import
     * @param reform   the list's date; the predecessors are the units valid the day before
     */
    static Resolution resolve(UnitFile file, List<Unit> units, LocalDate reform) {
        LocalDate before = reform.minusDays(1);
        Map<String, Unit> provincesBefore = new HashMap<>();
        Map<String, Map<String, List<Unit>>> communesBefore = new HashMap<>();
        Map<String, Unit> after = new HashMap<>();
        for (Unit unit : units) {
            if (unit.validOn(before) && unit.kind() == UnitKind.PROVINCE) {
                provincesBefore.put(normal(unit.name()), unit);
            } else if (unit.validOn(before) && unit.kind() == UnitKind.COMMUNE && !unit.ancestry().isEmpty()) {
                communesBefore.computeIfAbsent(unit.ancestry().get(0), p -> new HashMap<>())
                        .computeIfAbsent(normal(unit.name()), n -> new ArrayList<>()).add(unit);
            }
            if (unit.validOn(reform)) {
                after.put(unit.code(), unit);
            }
        }
        List<UnitLink> links = new ArrayList<>();
        List<UnresolvedPredecessor> unresolved = new ArrayList<>();
        Map<String, List<Unit>> provinceSources = new HashMap<>();
        for (UnitRecord record : file.records()) {
            Unit successor = after.get(record.code());
            if (successor == null) {
                continue;
            }
            if (record.kind() == UnitKind.PROVINCE) {
                List<Unit> sources = new ArrayList<>();
                for (String name : provinceNames(record)) {
                    Unit source = provincesBefore.get(normal(name));
                    if (source == null) {
                        unresolved.add(new UnresolvedPredecessor(record.code(), record.path(), name,
                                "not-found: no province of that name on " + before));
                    } else {
                        sources.add(source);
                        links.add(UnitLink.of(successor, source, false, name));
                    }
                }
                provinceSources.put(record.code(), sources);
                continue;
            }
            List<Unit> sources = provinceSources.getOrDefault(record.parentCode(), List.of());
            if (sources.isEmpty()) {
                unresolved.add(new UnresolvedPredecessor(record.code(), record.path(), record.predecessors(),
                        "province-unresolved: the pre-reform provinces of province " + record.parentCode() + " are not known"));
                continue;
            }
            if (record.predecessors() == null) {
                unresolved.add(new UnresolvedPredecessor(record.code(), record.path(), null, "no-text: the merger map names none"));
                continue;
            }
            for (String part : parts(record)) {
                String name = nameOf(part);
                List<Unit> matches = sources.stream()
                        .flatMap(p -> communesBefore.getOrDefault(p.code(), Map.of()).getOrDefault(normal(name), List.of()).stream())
                        .toList();
                if (matches.size() == 1) {
                    links.add(UnitLink.of(successor, matches.get(0), part.contains(REMAINDER), part));
                } else if (matches.isEmpty()) {
                    unresolved.add(new UnresolvedPredecessor(record.code(), record.path(), name, "not-found: no commune of that name in "
                            + sources.stream().map(Unit::name).collect(Collectors.joining(", ")) + " on " + before));
                } else {
                    unresolved.add(new UnresolvedPredecessor(record.code(), record.path(), name, "ambiguous: " + matches.size()
                            + " communes of that name (" + matches.stream().map(u -> u.code() + " in " + u.parentCode())
                            .collect(Collectors.joining(", ")) + ")"));
                }
            }
        }
        return new Resolution(links, unresolved);
    }

    /** "tỉnh Hà Giang và tỉnh Tuyên Quang" → both; "giữ nguyên" or nothing → the province itself. */
    private static List<String> provinceNames(UnitRecord record) {
        String text = record.predecessors();
        if (text == null || text.isBlank() || normal(text).equals(UNCHANGED)) {
            return List.of(record.name());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",|\\svà\\s")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return List.copyOf(names);
    }

    /** The names of a commune's text, split at the commas outside parentheses; "giữ nguyên" → its own name. */
    private static List<String> parts(UnitRecord record) {
        String text = record.predecessors();
        if (normal(text).equals(UNCHANGED)) {
            return List.of(record.name());
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                addPart(parts, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addPart(parts, current);
        return parts;
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        String text = part.toString().strip();
        if (!text.isEmpty()) {
            parts.add(text);
        }
    }

    /** "Phường Cửa Đông (phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm)" → "Phường Cửa Đông". */
    private static String nameOf(String part) {
        int bracket = part.indexOf('(');
        return (bracket < 0 ? part : part.substring(0, bracket)).strip();
    }

    /** Compared as the same text: composed, lower case, single spaces (the map writes "phường" and "Phường"). */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
