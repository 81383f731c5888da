package vn.antt.reporting.contracts.planning;

import java.time.LocalDate;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;

/**
 * The current state of one unit of the directory, published to the compacted {@code unit-directory}
 * topic keyed by unit code, so that each service keeps its own read model of the hierarchy.
 *
 * @param code       GSO code or the code of a non-administrative unit
 * @param name       official name with diacritics
 * @param type       type as the official list writes it, e.g. {@code Xã}, {@code Huyện}, {@code Doanh nghiệp}
 * @param kind       PROVINCE, DISTRICT, COMMUNE, AGENCY, ENTERPRISE, ...
 * @param parentCode code of the parent unit, null for a province
 * @param validFrom  first day the unit exists in this form
 * @param validTo    first day it no longer does (exclusive), null while it does
 * @param revision   increases with each change of this unit; consumers keep the highest
 */
@EventType(name = "unit-changed", version = 1, topic = Topics.UNIT_DIRECTORY)
public record UnitChanged(
        String code,
        String name,
        String type,
        String kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        long revision) implements DomainEvent {

    @Override
    public String partitionKey() {
        return code;
    }

    @Override
    public String subject() {
        return code;
    }
}
