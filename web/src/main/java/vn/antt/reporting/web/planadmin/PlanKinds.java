package vn.antt.reporting.web.planadmin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.LocalGovernment;
import vn.antt.reporting.platform.text.UnitKindNames;

/**
 * The kinds of unit planning-service knows (its {@code UnitKind}) in the order the plan form lists them, and the
 * administrative kinds a review chain is made of, the lowest first. Their names come from {@link UnitKindNames}.
 */
final class PlanKinds {

    /** The kinds a plan's participants can select below the issuing unit. */
    static final List<String> PARTICIPANT_KINDS = List.of("COMMUNE", "DISTRICT", "HAMLET", "AGENCY", "MASS_ORGANISATION",
            "ASSOCIATION", "ENTERPRISE", "SCHOOL", "HEALTH_STATION");

    /** Review levels, lowest first: a chain is sent in this order. */
    static final List<String> REVIEW_LEVELS = List.of("COMMUNE", "DISTRICT", "PROVINCE");

    private PlanKinds() {
    }

    static String name(String kind) {
        return UnitKindNames.of(kind);
    }

    /**
     * The levels the form offers for a plan issued on {@code issueDay}: no district under the two-level local
     * government (planning-service refuses one), unless the stored chains still name it, so that it can be unticked.
     */
    static List<String> reviewLevelsOn(LocalDate issueDay, Map<String, List<String>> chains) {
        boolean named = chains.values().stream().anyMatch(levels -> levels.contains("DISTRICT"));
        if (!LocalGovernment.twoLevelsOn(issueDay) || named) {
            return REVIEW_LEVELS;
        }
        return REVIEW_LEVELS.stream().filter(level -> !level.equals("DISTRICT")).toList();
    }

    /** The usual chain of a commune's report on a plan issued on {@code issueDay}: up to the province, by the district before 1/7/2025. */
    static List<String> communeChainOn(LocalDate issueDay) {
        return LocalGovernment.twoLevelsOn(issueDay) ? List.of("PROVINCE") : List.of("DISTRICT", "PROVINCE");
    }

    /** A review level as a short word: "cấp xã", "cấp huyện", "cấp tỉnh". */
    static String level(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PROVINCE" -> "cấp tỉnh";
            case "DISTRICT" -> "cấp huyện";
            case "COMMUNE" -> "cấp xã";
            default -> name(kind);
        };
    }
}
