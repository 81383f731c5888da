package vn.antt.reporting.planning.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;
import vn.antt.reporting.platform.outbox.PendingEvent;

/**
 * A plan (Kế hoạch) as planning-service owns it. Every change is one guarded update of this document
 * ({@code version} must be the one read) that also appends its audit entry and its {@code PlanPublished}
 * to the outbox, so no change exists without its audit and its event.
 *
 * @param version        optimistic lock, +1 per stored change
 * @param letter         the letter as printed, stored as flat fields ({@code number}, {@code issuingUnitCode}, ...)
 * @param revision       the revision published to the other services, +1 per published change (0 while a draft)
 * @param reviewTime     ISO-8601 duration each level has to review (e.g. {@code P3D})
 * @param concernedUnits the issuing and recipient units, every expected unit and their ancestors: who may read it, each
 *                       by the key of its directory version on the issue date (the code for a code's first version)
 * @param groups         named sets of expected units to roll up by ("Đơn vị do huyện quản lý"); an amendment that removes a unit
 *                       removes it from its groups
 */
@Document(Plan.COLLECTION)
// A guarded update selects {_id, version}; the embedded store uses an index only for a query of exactly its keys.
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
// The index @Indexed made on the field when it was a component of its own: same name, same key.
@CompoundIndex(name = "issuingUnitCode", def = "{'issuingUnitCode': 1}")
public record Plan(
        @Id String planId,
        long version,
        long revision,
        PlanState state,
        // Flat fields in the document, as before it was one value: stored plans still read, queries still name them.
        @Unwrapped.Empty PlanLetter letter,
        List<Milestone> milestones,
        boolean lockAtDeadline,
        String outlineId,
        int outlineVersion,
        String comparisonPlanId,
        Participants participants,
        List<ExpectedUnit> expectedUnits,
        List<ReviewChain> reviewChains,
        String reviewTime,
        boolean returnToSubmitter,
        List<UnitDeadline> unitDeadlines,
        @Indexed List<String> concernedUnits,
        Instant createdAt,
        String createdBy,
        List<PlanAuditEntry> audit,
        List<PendingEvent> outbox,
        List<UnitGroup> groups) {

    public static final String COLLECTION = "plans";

    public Plan {
        milestones = ImmutableLists.copyOrEmpty(milestones);
        expectedUnits = ImmutableLists.copyOrEmpty(expectedUnits);
        reviewChains = ImmutableLists.copyOrEmpty(reviewChains);
        unitDeadlines = ImmutableLists.copyOrEmpty(unitDeadlines);
        concernedUnits = ImmutableLists.copyOrEmpty(concernedUnits);
        audit = ImmutableLists.copyOrEmpty(audit);
        outbox = ImmutableLists.copyOrEmpty(outbox);
        groups = ImmutableLists.copyOrEmpty(groups);
    }

    public Duration reviewDuration() {
        return reviewTime == null ? null : Duration.parse(reviewTime);
    }

    public PlanPublished toEvent() {
        return new PlanPublished(planId, revision, letter, milestones, state.toStatus(), lockAtDeadline, outlineId, outlineVersion,
                comparisonPlanId, expectedUnits, reviewChains, reviewDuration(), returnToSubmitter, unitDeadlines, groups);
    }

    Plan withState(PlanState newState) {
        return new Plan(planId, version, revision, newState, letter, milestones,
                lockAtDeadline, outlineId, outlineVersion, comparisonPlanId, participants, expectedUnits, reviewChains,
                reviewTime, returnToSubmitter, unitDeadlines, concernedUnits, createdAt, createdBy, audit, outbox, groups);
    }

    Plan withIssue(LocalDate day, List<ExpectedUnit> expected, List<String> concerned) {
        return new Plan(planId, version, revision, PlanState.ISSUED, letter.withIssuedOn(day), milestones,
                lockAtDeadline, outlineId, outlineVersion, comparisonPlanId, participants, expected, reviewChains,
                reviewTime, returnToSubmitter, unitDeadlines, concerned, createdAt, createdBy, audit, outbox, groups);
    }

    Plan withExpected(List<ExpectedUnit> expected, List<String> concerned, Instant newDeadline) {
        Set<String> kept = expected.stream().map(ExpectedUnit::code).collect(Collectors.toSet());
        List<UnitGroup> keptGroups = groups.stream()
                .map(g -> new UnitGroup(g.code(), g.name(), g.unitCodes().stream().filter(kept::contains).toList())).toList();
        return new Plan(planId, version, revision, state, letter.withDeadline(newDeadline), milestones,
                lockAtDeadline, outlineId, outlineVersion, comparisonPlanId, participants, expected, reviewChains,
                reviewTime, returnToSubmitter, unitDeadlines, concerned, createdAt, createdBy, audit, outbox, keptGroups);
    }

    Plan withUnitDeadlines(List<UnitDeadline> deadlines) {
        return new Plan(planId, version, revision, state, letter, milestones,
                lockAtDeadline, outlineId, outlineVersion, comparisonPlanId, participants, expectedUnits, reviewChains,
                reviewTime, returnToSubmitter, deadlines, concernedUnits, createdAt, createdBy, audit, outbox, groups);
    }
}
