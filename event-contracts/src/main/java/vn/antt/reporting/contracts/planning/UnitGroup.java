package vn.antt.reporting.contracts.planning;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * A named set of a plan's expected units that is neither a node of the hierarchy nor a kind of unit, as DHIS2's
 * org-unit groups: e.g. "Đơn vị do huyện quản lý" (seed 003: the 73 units the district manages, "63/73 (đạt 86,3%)"
 * Xuất sắc). Roll-ups can be read per group as per kind.
 *
 * @param code      unique within the plan, e.g. {@code quan-ly-cap-huyen}
 * @param name      shown to people, e.g. "Đơn vị do huyện quản lý"
 * @param unitCodes its members, each an expected unit of the plan
 */
public record UnitGroup(String code, String name, List<String> unitCodes) {

    public UnitGroup {
        unitCodes = ImmutableLists.copyOrEmpty(unitCodes);
    }
}
