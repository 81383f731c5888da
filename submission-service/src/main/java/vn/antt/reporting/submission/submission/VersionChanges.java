package vn.antt.reporting.submission.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.antt.reporting.contracts.submission.FigureValue;

/**
 * The differences between two versions of a unit's report, per section and per indicator, as a
 * reviewer reads them after a resubmission. Unchanged sections and indicators are left out.
 */
public record VersionChanges(int fromVersion, int toVersion, List<SectionChange> sections, List<FigureChange> figures) {

    public enum Change { ADDED, REMOVED, CHANGED }

    public record SectionChange(String number, Change change, String before, String after) {
    }

    public record FigureChange(String indicator, Change change, FigureValue before, FigureValue after) {
    }

    static VersionChanges between(Submission from, Submission to) {
        List<SectionChange> sections = new ArrayList<>();
        Map<String, String> before = index(from.sections(), SectionText::number, SectionText::text);
        Map<String, String> after = index(to.sections(), SectionText::number, SectionText::text);
        for (String number : union(before.keySet(), after.keySet())) {
            Change change = change(before.containsKey(number), after.containsKey(number),
                    Objects.equals(before.get(number), after.get(number)));
            if (change != null) {
                sections.add(new SectionChange(number, change, before.get(number), after.get(number)));
            }
        }
        List<FigureChange> figures = new ArrayList<>();
        Map<String, FigureValue> oldFigures = index(from.figures(), FigureValue::indicator, Function.identity());
        Map<String, FigureValue> newFigures = index(to.figures(), FigureValue::indicator, Function.identity());
        for (String indicator : union(oldFigures.keySet(), newFigures.keySet())) {
            Change change = change(oldFigures.containsKey(indicator), newFigures.containsKey(indicator),
                    sameValue(oldFigures.get(indicator), newFigures.get(indicator)));
            if (change != null) {
                figures.add(new FigureChange(indicator, change, oldFigures.get(indicator), newFigures.get(indicator)));
            }
        }
        return new VersionChanges(from.version(), to.version(), sections, figures);
    }

    private static Change change(boolean wasThere, boolean isThere, boolean same) {
        if (!wasThere) {
            return Change.ADDED;
        }
        if (!isThere) {
            return Change.REMOVED;
        }
        return same ? null : Change.CHANGED;
    }

    /** 100 and 100.0 are the same amount; BigDecimal.equals would say otherwise. */
    private static boolean sameValue(FigureValue a, FigureValue b) {
        return a != null && b != null && a.qualifier() == b.qualifier()
                && compare(a.amount(), b.amount()) && compare(a.secondAmount(), b.secondAmount())
                && a.breakdown().keySet().equals(b.breakdown().keySet())
                && a.breakdown().entrySet().stream().allMatch(e -> compare(e.getValue(), b.breakdown().get(e.getKey())));
    }

    private static boolean compare(java.math.BigDecimal x, java.math.BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static <T, V> Map<String, V> index(List<T> items, Function<T, String> key, Function<T, V> value) {
        Map<String, V> index = new LinkedHashMap<>();
        if (items != null) {
            // A loop, not Collectors.toMap: a section's text may be null.
            items.forEach(item -> index.put(key.apply(item), value.apply(item)));
        }
        return index;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
