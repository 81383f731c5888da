package vn.antt.reporting.contracts.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * The whole current state of a plan (Kế hoạch), published on each change (issue, amendment, internal
 * deadline, extension, close) to the compacted {@code plans} topic keyed by plan id; consumers keep
 * the highest {@code revision}.
 *
 * @param planId            stable id, e.g. {@code kh-119-2025-qng}
 * @param revision          increases with every change
 * @param letter            the letter as printed (number, issuer, signer, title, period, deadline, recipient); its
 *                          fields are flat fields of the event's JSON and of a stored copy, as before it was one value
 * @param milestones        later steps
 * @param status            draft, issued, closed
 * @param lockAtDeadline    when true, entries are refused after a unit's effective deadline; otherwise accepted as late
 * @param outlineId         the outline reports follow
 * @param outlineVersion    its version
 * @param comparisonPlanId  the plan of the same period last year, for "so với cùng kỳ", or null
 * @param expectedUnits     fixed when issued; amendments publish a new revision
 * @param reviewChains      per kind of unit
 * @param reviewTime        time each level has to review a report
 * @param returnToSubmitter true: a higher level's return goes back to the submitting unit and review restarts at the first level
 * @param unitDeadlines     internal deadlines and extensions
 * @param groups            named sets of expected units to roll up by (added in v1: absent or null reads as none)
 */
@EventType(name = "plan-published", version = 1, topic = Topics.PLANS)
public record PlanPublished(
        String planId,
        long revision,
        // Flat on the wire (plan-published v1 is unchanged) and in the services' stored read models.
        @JsonUnwrapped @Unwrapped.Empty PlanLetter letter,
        List<Milestone> milestones,
        PlanStatus status,
        boolean lockAtDeadline,
        String outlineId,
        int outlineVersion,
        String comparisonPlanId,
        List<ExpectedUnit> expectedUnits,
        List<ReviewChain> reviewChains,
        Duration reviewTime,
        boolean returnToSubmitter,
        List<UnitDeadline> unitDeadlines,
        List<UnitGroup> groups) implements DomainEvent {

    public PlanPublished {
        letter = Objects.requireNonNull(letter, "letter");
        milestones = ImmutableLists.copyOrEmpty(milestones);
        expectedUnits = ImmutableLists.copyOrEmpty(expectedUnits);
        reviewChains = ImmutableLists.copyOrEmpty(reviewChains);
        unitDeadlines = ImmutableLists.copyOrEmpty(unitDeadlines);
        groups = ImmutableLists.copyOrEmpty(groups);
    }

    /** The group of this plan with that code, if any. */
    public Optional<UnitGroup> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /**
     * The deadline that applies to a unit: its own extension if granted, else the internal deadline set
     * by its nearest ancestor that set one, else the plan's. ("Trước ngày 06/6" from the district beats
     * "trước ngày 10/6" from the province for the district's communes.) Every service computes it here.
     *
     * @param ancestry the unit's ancestors from the top down
     */
    public Instant effectiveDeadline(String unitCode, List<String> ancestry) {
        Instant extension = null;
        for (UnitDeadline d : unitDeadlines) {
            if (d.kind() == UnitDeadline.Kind.EXTENSION && d.unitCode().equals(unitCode)
                    && (extension == null || d.deadline().isAfter(extension))) {
                extension = d.deadline();
            }
        }
        if (extension != null) {
            return extension;
        }
        for (int i = ancestry.size() - 1; i >= 0; i--) {
            Instant internal = internalDeadlineOf(ancestry.get(i));
            if (internal != null) {
                return internal;
            }
        }
        return letter.deadline();
    }

    /** The internal deadline {@code unitCode} set for the units below it, or null. */
    public Instant internalDeadlineOf(String unitCode) {
        Instant internal = null;
        for (UnitDeadline d : unitDeadlines) {
            if (d.kind() == UnitDeadline.Kind.INTERNAL && d.unitCode().equals(unitCode)
                    && (internal == null || d.deadline().isBefore(internal))) {
                internal = d.deadline();
            }
        }
        return internal;
    }

    @Override
    public String partitionKey() {
        return planId;
    }

    @Override
    public String subject() {
        return planId;
    }
}
