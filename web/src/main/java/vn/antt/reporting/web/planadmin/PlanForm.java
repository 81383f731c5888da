package vn.antt.reporting.web.planadmin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's form exactly as it was typed (every value a string), so that it comes back filled after any error.
 *
 * @param kinds  the kinds of unit that report, every one of them below the issuing unit
 * @param units  further units by code, separated by commas, spaces or lines
 * @param chains per kind of unit, the levels that review its reports
 */
public record PlanForm(String planId, String number, String issuingBody, String signer, String signerTitle, String issuedOn,
                String title, String legalBasis, String periodFrom, String periodTo, String deadline, String recipientUnitCode,
                String recipientName, String contact, String outlineId, String outlineVersion, String comparisonPlanId,
                List<String> kinds, String units, Map<String, List<String>> chains, String reviewDays, boolean lockAtDeadline,
                boolean returnToSubmitter) {

    static final String CHAIN_PREFIX = "chain.";

    public PlanForm {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        chains = chains == null ? Map.of() : Map.copyOf(chains);
    }

    /** The form's parameters as the browser posts them (checkboxes: present when ticked). */
    static PlanForm from(Map<String, String[]> parameters) {
        Map<String, List<String>> chains = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(CHAIN_PREFIX)) {
                chains.put(name.substring(CHAIN_PREFIX.length()), Arrays.stream(values).filter(v -> !v.isBlank()).toList());
            }
        });
        return new PlanForm(one(parameters, "planId"), one(parameters, "number"), one(parameters, "issuingBody"),
                one(parameters, "signer"), one(parameters, "signerTitle"), one(parameters, "issuedOn"), one(parameters, "title"),
                one(parameters, "legalBasis"), one(parameters, "periodFrom"), one(parameters, "periodTo"), one(parameters, "deadline"),
                one(parameters, "recipientUnitCode"), one(parameters, "recipientName"), one(parameters, "contact"),
                one(parameters, "outlineId"), one(parameters, "outlineVersion"), one(parameters, "comparisonPlanId"),
                parameters.containsKey("kinds") ? List.of(parameters.get("kinds")) : List.of(), one(parameters, "units"), chains,
                one(parameters, "reviewDays"), parameters.containsKey("lockAtDeadline"), parameters.containsKey("returnToSubmitter"));
    }

    List<String> chain(String kind) {
        return chains.getOrDefault(kind, List.of());
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }
}
