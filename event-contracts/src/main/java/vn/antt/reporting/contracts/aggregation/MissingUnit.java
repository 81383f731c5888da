package vn.antt.reporting.contracts.aggregation;

/**
 * A unit that owes a report when an alert is raised.
 *
 * @param code GSO code or the code of a non-administrative unit
 * @param name e.g. "Xã Tịnh Sơn"
 * @param kind e.g. COMMUNE, ENTERPRISE
 */
public record MissingUnit(String code, String name, String kind) {
}
