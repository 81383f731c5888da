package vn.antt.reporting.web.api;

import java.util.List;

/** A unit of the directory (its kind: PROVINCE, DISTRICT, COMMUNE, …). */
public record UnitInfo(String code, String name, String kind, String parentCode, List<String> ancestry) {
}
