package vn.antt.reporting.planning.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;

/** A plan as the API shows it, with what its state allows next. Lists leave out the expected units. */
public record PlanView(
        String planId, long revision, PlanState state, Set<PlanAction> allowedActions, String number,
        String issuingUnitCode, String issuingBody, String signer, String signerTitle, LocalDate issuedOn, String title,
        List<String> legalBasis, LocalDate periodFrom, LocalDate periodTo, Instant deadline, String recipientUnitCode,
        String recipientName, String contact, List<Milestone> milestones, boolean lockAtDeadline, String outlineId,
        int outlineVersion, String comparisonPlanId, Participants participants, int expectedUnitCount,
        List<ExpectedUnit> expectedUnits, List<ReviewChain> reviewChains, Duration reviewTime, boolean returnToSubmitter,
        List<UnitDeadline> unitDeadlines, List<UnitGroup> groups, Instant createdAt) {

    static PlanView of(Plan p, boolean withUnits) {
        PlanLetter l = p.letter();
        return new PlanView(p.planId(), p.revision(), p.state(), p.state().allowedActions(), l.number(), l.issuingUnitCode(),
                l.issuingBody(), l.signer(), l.signerTitle(), l.issuedOn(), l.title(), l.legalBasis(), l.periodFrom(),
                l.periodTo(), l.deadline(), l.recipientUnitCode(), l.recipientName(), l.contact(), p.milestones(),
                p.lockAtDeadline(), p.outlineId(), p.outlineVersion(), p.comparisonPlanId(), p.participants(),
                p.expectedUnits().size(), withUnits ? p.expectedUnits() : null, p.reviewChains(), p.reviewDuration(),
                p.returnToSubmitter(), p.unitDeadlines(), p.groups(), p.createdAt());
    }
}
