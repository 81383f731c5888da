package vn.antt.reporting.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.mothers.Units;

/**
 * Plans as a province administrator sends them, as JSON maps so that a test can also break any field.
 * The default: demo plan 119 as the demo loads it ({@code demo/plan-119.json}: province 51, outline 357, period to
 * 10/5/2025, reports before 10/6/2025 (ICT), issued on 28/5/2025), for the communes of Sơn Tịnh district only.
 */
public final class PlanRequests {

    private static final Map<String, Object> PLAN_119 = readPlan119();

    private final Map<String, Object> body = new LinkedHashMap<>();

    private PlanRequests(String planId) {
        body.putAll(PLAN_119);
        body.put("planId", planId);
        body.put("participants", Map.of("units", List.of(), "rules",
                List.of(Map.of("within", Units.SON_TINH, "kinds", List.of("COMMUNE")))));
        body.put("reviewChains", List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("DISTRICT", "PROVINCE"))));
    }

    /** The default plan of Sơn Tịnh's communes. */
    public static PlanRequests sonTinhCommunes(String planId) {
        return new PlanRequests(planId);
    }

    public PlanRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public PlanRequests without(String field) {
        body.remove(field);
        return this;
    }

    public PlanRequests listedUnits(String... codes) {
        body.put("participants", Map.of("units", List.of(codes), "rules", List.of()));
        return this;
    }

    public PlanRequests chain(String unitKind, String... levels) {
        @SuppressWarnings("unchecked")
        List<Object> chains = new ArrayList<>((List<Object>) body.get("reviewChains"));
        chains.add(Map.of("unitKind", unitKind, "levels", List.of(levels)));
        body.put("reviewChains", chains);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readPlan119() {
        try (InputStream in = PlanRequests.class.getClassLoader().getResourceAsStream("demo/plan-119.json")) {
            return JsonMapper.builder().build().readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
