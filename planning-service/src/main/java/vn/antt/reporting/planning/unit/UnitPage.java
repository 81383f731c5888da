package vn.antt.reporting.planning.unit;

import java.util.List;

/** One page of units, sorted by code. */
public record UnitPage(List<UnitView> items, int page, int size, long total) {
}
