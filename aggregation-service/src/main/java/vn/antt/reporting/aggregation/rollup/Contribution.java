package vn.antt.reporting.aggregation.rollup;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one unit contributes to the roll-ups of a plan: the facts about each version of its report, keyed
 * {@code v<n>}. Events only add facts (see {@link VersionFacts}); what counts is derived from all of them, so
 * a resubmission replaces the earlier version instead of adding to it, and duplicated, replayed or
 * out-of-order events (across the submission and review topics) change nothing.
 */
@Document(Contribution.COLLECTION)
public record Contribution(
        @Id String id,
        @Indexed String planId,
        String unitCode,
        Map<String, VersionFacts> versions) {

    public static final String COLLECTION = "unit_contributions";

    public Contribution {
        versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    public static String idOf(String planId, String unitCode) {
        return planId + ":" + unitCode;
    }

    /** A unit's contribution before any event: what the ledger's first upsert starts from. */
    static Contribution none(String planId, String unitCode) {
        return new Contribution(idOf(planId, unitCode), planId, unitCode, Map.of());
    }

    /** This contribution with one event's facts added, in memory, as the ledger's upsert adds them in the store. */
    Contribution with(VersionFacts facts) {
        Map<String, VersionFacts> added = new HashMap<>(versions);
        added.merge(versionKey(facts.version()), facts, VersionFacts::plus);
        return new Contribution(id, planId, unitCode, added);
    }

    static String versionKey(int version) {
        return "v" + version;
    }

    /**
     * The version that counts now: the highest one submitted or withdrawn. Empty when there is none, or when
     * that version was withdrawn (the unit has no report in until it submits again).
     */
    public Optional<VersionFacts> current() {
        return versions.values().stream()
                .filter(v -> v.submitted() || v.withdrawn())
                .max(Comparator.comparingInt(VersionFacts::version))
                .filter(v -> !v.withdrawn());
    }

    /** The highest version a reviewer accepted whose figures are known: its figures are the approved ones. */
    public Optional<VersionFacts> approved() {
        return versions.values().stream()
                .filter(v -> v.submitted() && !v.withdrawn() && v.accepted())
                .max(Comparator.comparingInt(VersionFacts::version));
    }

    /**
     * Whether the unit was late: judged on its first version that was not withdrawn (a report returned for
     * correction and resubmitted after the deadline was still in on time).
     */
    public boolean late() {
        return versions.values().stream()
                .filter(v -> v.submitted() && !v.withdrawn())
                .min(Comparator.comparingInt(VersionFacts::version))
                .map(VersionFacts::late)
                .orElse(false);
    }

    List<VersionFacts> versionList() {
        return versions.values().stream().sorted(Comparator.comparingInt(VersionFacts::version)).toList();
    }
}
