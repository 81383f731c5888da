package vn.antt.reporting.contracts.planning;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * A check on submitted figures.
 *
 * @param code       stable code, stored with a warning, e.g. {@code budget.total-equals-parts}
 * @param kind       what is checked
 * @param indicators the indicator codes it reads, in the order the kind defines
 * @param severity   blocking error or warning
 * @param message    what officials read, in Vietnamese
 */
public record ValidationRule(String code, RuleKind kind, List<String> indicators, Severity severity, String message) {

    public ValidationRule {
        indicators = ImmutableLists.copyOrEmpty(indicators);
    }
}
