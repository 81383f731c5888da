package vn.antt.reporting.planning.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.antt.reporting.contracts.planning.UnitChanged;

/**
 * Which successor counts a predecessor's figure when a plan after the reform is compared with one before it. A
 * pre-reform unit split between several new ones (the merger map's "phần còn lại …") must not be counted twice, so its
 * whole figure goes to one successor: the one that received its remainder ("phần còn lại"), else the first in code order
 * (of several marked as receiving the remainder, the first of those in code order). A predecessor with one successor is
 * counted there. A pure function of the links.
 */
final class PredecessorAttribution {

    private static final Comparator<UnitLink> SUCCESSOR_ORDER =
            Comparator.comparing(UnitLink::successorCode).thenComparing(UnitLink::successorKey);

    private PredecessorAttribution() {
    }

    /** For each successor's version key, its predecessors in code order, each with the successor it is counted in. */
    static Map<String, List<UnitChanged.Predecessor>> of(List<UnitLink> links) {
        Map<String, List<UnitLink>> byPredecessor = new LinkedHashMap<>();
        links.forEach(link -> byPredecessor.computeIfAbsent(link.predecessorKey(), k -> new ArrayList<>()).add(link));
        Map<String, String> countedIn = new LinkedHashMap<>();
        byPredecessor.forEach((predecessor, successors) -> {
            UnitLink chosen = successors.stream().filter(UnitLink::partial).min(SUCCESSOR_ORDER)
                    .orElseGet(() -> successors.stream().min(SUCCESSOR_ORDER).orElseThrow());
            countedIn.put(predecessor, chosen.successorKey());
        });
        Map<String, List<UnitChanged.Predecessor>> bySuccessor = new TreeMap<>();
        links.stream()
                .sorted(Comparator.comparing(UnitLink::predecessorCode).thenComparing(UnitLink::predecessorKey))
                .forEach(link -> {
                    List<UnitChanged.Predecessor> list = bySuccessor.computeIfAbsent(link.successorKey(), k -> new ArrayList<>());
                    if (list.stream().noneMatch(p -> p.versionKey().equals(link.predecessorKey()))) {
                        list.add(new UnitChanged.Predecessor(link.predecessorKey(), link.predecessorCode(), link.partial(),
                                countedIn.get(link.predecessorKey())));
                    }
                });
        return bySuccessor;
    }
}
