package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.planning.UnitChanged.Predecessor;

/** Which successor counts a split predecessor's figure: the one with its remainder, else the first in code order. */
class PredecessorAttributionTest {

    private static UnitLink link(String successor, String predecessor, boolean remainder) {
        return new UnitLink(successor + "<" + predecessor, successor + "@2025-07-01", successor, predecessor, predecessor, remainder, "");
    }

    @Test
    void aSplitPredecessorIsCountedOnceForTheSuccessorThatReceivedItsRemainder() {
        Map<String, List<Predecessor>> by = PredecessorAttribution.of(List.of(
                link("00010", "00001", false), link("00010", "00002", false), // two merged into one
                link("00020", "00003", false), link("00030", "00003", true))); // split: the remainder went to 00030
        assertThat(by.get("00010@2025-07-01")).containsExactly(
                new Predecessor("00001", "00001", false, "00010@2025-07-01"),
                new Predecessor("00002", "00002", false, "00010@2025-07-01"));
        assertThat(by.get("00020@2025-07-01")).containsExactly(new Predecessor("00003", "00003", false, "00030@2025-07-01"));
        assertThat(by.get("00030@2025-07-01")).containsExactly(new Predecessor("00003", "00003", true, "00030@2025-07-01"));
    }

    @Test
    void withoutARemainderOrWithSeveralTheFirstSuccessorInCodeOrderCountsIt() {
        Map<String, List<Predecessor>> none = PredecessorAttribution.of(List.of(link("00040", "00005", false), link("00020", "00005", false)));
        assertThat(none.get("00040@2025-07-01").get(0).countedIn()).isEqualTo("00020@2025-07-01");
        assertThat(none.get("00020@2025-07-01").get(0).countedIn()).isEqualTo("00020@2025-07-01");
        Map<String, List<Predecessor>> both = PredecessorAttribution.of(List.of(link("00040", "00006", true), link("00030", "00006", true),
                link("00020", "00006", false)));
        assertThat(both.values()).allSatisfy(list -> assertThat(list.get(0).countedIn()).isEqualTo("00030@2025-07-01"));
    }
}
