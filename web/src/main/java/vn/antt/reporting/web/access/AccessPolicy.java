package vn.antt.reporting.web.access;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.antt.reporting.web.signin.CurrentUser;

/**
 * Who may open which page, checked before anything is read or rendered. The services check again on every call
 * (the user's own token goes with it), so this policy only keeps people from pages that would refuse them, and
 * hides the actions they may not take: one place for these rules, no rule in a template.
 */
@Component
public class AccessPolicy {

    /** A unit's report form, drafts, bulk sheet and scan upload: the clerks of that unit only. */
    public boolean mayWriteReport(CurrentUser user, String unitCode) {
        return user.isClerk() && user.unitCode().equals(unitCode);
    }

    /**
     * A unit's submitted versions: its own clerks, and reviewers or administrators (the service decides whether the
     * unit is in their subtree). A clerk of another unit is refused here, without a call.
     */
    public boolean mayReadReport(CurrentUser user, String unitCode) {
        return user.unitCode().equals(unitCode) || user.isReviewer() || user.roles().contains(CurrentUser.ADMIN);
    }

    /** The worklist and the review pages: reviewers. */
    public boolean mayReview(CurrentUser user) {
        return user.isReviewer();
    }

    /**
     * Accept or return a case: a reviewer whose unit is the level the case waits for; a reviewer elsewhere in the
     * chain (above, below or outside the subtree) sees the report without the buttons.
     *
     * @param levelUnitCodes the reviewing unit of each level of the case's chain, first level first
     * @param currentLevel   the level it waits for (1-based)
     * @param awaitsReviewer whether its state allows an action at all
     */
    public boolean mayActOnCase(CurrentUser user, List<String> levelUnitCodes, int currentLevel, boolean awaitsReviewer) {
        return user.isReviewer() && awaitsReviewer && currentLevel >= 1 && currentLevel <= levelUnitCodes.size()
                && levelUnitCodes.get(currentLevel - 1).equals(user.unitCode());
    }

    /** My level's compiled report: clerks (who turn it into the level's draft) and reviewers of that level. */
    public boolean mayReadCompilation(CurrentUser user) {
        return user.isClerk() || user.isReviewer();
    }

    /**
     * A plan's dashboard and status board at a node: my own unit's or one below it (the service also lets the plan's
     * issuer and recipient see all; both are at the top). Another district's is refused without a call.
     *
     * @param nodeAncestry the node's ancestors, the top first
     */
    public boolean mayWatchNode(CurrentUser user, String node, List<String> nodeAncestry) {
        return user.unitCode().equals(node) || nodeAncestry.contains(user.unitCode());
    }

    /**
     * Plan administration (listing, drafting, issuing, deadlines, extensions): administrators. Which plan and which
     * action is planning-service's to decide (the issuing unit's administrators issue; a level above grants extensions).
     */
    public boolean mayAdministerPlans(CurrentUser user) {
        return user != null && user.roles().contains(CurrentUser.ADMIN);
    }

    /** The actions only the issuing unit takes (edit, issue, amend, close, read the audit): offered to its administrators. */
    public boolean mayActAsIssuer(CurrentUser user, String issuingUnitCode) {
        return mayAdministerPlans(user) && user.unitCode().equals(issuingUnitCode);
    }

    /** Importing a unit list file: administrators (planning-service decides which provinces' units). */
    public boolean mayImportUnits(CurrentUser user) {
        return user != null && user.roles().contains(CurrentUser.ADMIN);
    }

    public void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new AccessRefusedException(rule);
        }
    }
}
