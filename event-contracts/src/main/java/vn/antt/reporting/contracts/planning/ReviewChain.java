package vn.antt.reporting.contracts.planning;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * Who reviews the reports of one kind of unit, level by level: e.g. COMMUNE → [DISTRICT, PROVINCE]
 * before the reform of 1/7/2025, COMMUNE → [PROVINCE] after it, AGENCY → [PROVINCE]. At each level the
 * reviewer is the unit's ancestor of that kind.
 */
public record ReviewChain(String unitKind, List<String> levels) {

    public ReviewChain {
        levels = ImmutableLists.copyOrEmpty(levels);
    }
}
