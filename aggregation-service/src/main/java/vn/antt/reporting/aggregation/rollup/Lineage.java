package vn.antt.reporting.aggregation.rollup;

import java.util.List;
import java.util.Map;

/**
 * For a plan issued on or after 1/7/2025 compared with a plan issued before it ("so với cùng kỳ" across the reform): the
 * pre-reform units each of the plan's expected units was formed from, as the directory's predecessor links give them
 * (version keys read as of the comparison plan's issue date), each with whether its figure is counted for this unit. A
 * predecessor split between several new units is counted for one of them only (planning-service's attribution, see
 * README "So với cùng kỳ across the reform").
 *
 * @param byUnit the predecessors of each expected unit's code (a unit formed from none is absent)
 */
public record Lineage(Map<String, List<Predecessor>> byUnit) {

    public Lineage {
        byUnit = Map.copyOf(byUnit);
    }

    /**
     * @param code           the predecessor's code, the one the comparison plan expects it under
     * @param name           its name as it was ("Xã Tịnh Bắc")
     * @param counted        its figure is counted for this unit
     * @param countedForCode the code of the new unit its figure is counted for
     * @param countedForName that unit's name
     */
    public record Predecessor(String code, String name, boolean counted, String countedForCode, String countedForName) {
    }

    public List<Predecessor> of(String unitCode) {
        return byUnit.getOrDefault(unitCode, List.of());
    }
}
