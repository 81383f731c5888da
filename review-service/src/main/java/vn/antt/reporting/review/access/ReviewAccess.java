package vn.antt.reporting.review.access;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may do what in review-service, each rule once; a broken rule is refused (HTTP 403) with its own exception:
 * <ul>
 *   <li>a case is seen by its unit and by the reviewers and administrators of the units above it (else it is "not
 *   found", so its id tells nothing);</li>
 *   <li>nobody reviews their own unit's report: {@link SelfReviewException};</li>
 *   <li>a case is acted on by a reviewer of the unit of its current level: {@link NotReviewerOfLevelException};</li>
 *   <li>a final report is reopened by a reviewer of the chain's final level: {@link NotReviewerOfFinalLevelException};</li>
 *   <li>the audit trail is read by the levels above the unit: {@link NotALevelAboveException};</li>
 *   <li>a worklist is a reviewer's: {@link NotAReviewerException};</li>
 *   <li>the cases below a unit are followed by its reviewers and administrators: {@link NotASupervisorException};</li>
 *   <li>a unit's report is compiled by its clerks and reviewers ({@link NotCompilerOfUnitException}), and saved as its
 *   draft by its clerks ({@link NotClerkOfUnitException}).</li>
 * </ul>
 * The last five keep the problem type {@code access-refused}.
 */
@Component
public class ReviewAccess {

    private final UnitDirectory directory;

    ReviewAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The unit itself, or a reviewer or administrator of a unit above it. */
    public boolean maySee(Caller caller, String unitCode) {
        if (caller.actsFor(unitCode)) {
            return true;
        }
        return (caller.has(Role.REVIEWER) || caller.has(Role.ADMIN)) && directory.isSameOrAbove(caller.unitCode(), unitCode);
    }

    public void requireNotOwnUnit(Caller caller, String caseId, String unitCode) {
        if (caller.actsFor(unitCode)) {
            throw new SelfReviewException(caseId, unitCode);
        }
    }

    public void requireReviewerOfLevel(Caller caller, String caseId, int level, String levelUnitCode) {
        if (!caller.has(Role.REVIEWER) || !caller.actsFor(levelUnitCode)) {
            throw new NotReviewerOfLevelException(caseId, caller.unitCode(), level, levelUnitCode);
        }
    }

    /** {@code finalLevelUnitCode} null: the case has no review level, so nobody may reopen it. */
    public void requireReviewerOfFinalLevel(Caller caller, String caseId, String finalLevelUnitCode) {
        if (finalLevelUnitCode == null || !caller.has(Role.REVIEWER) || !caller.actsFor(finalLevelUnitCode)) {
            throw new NotReviewerOfFinalLevelException(caseId, caller.unitCode(), finalLevelUnitCode);
        }
    }

    public void requireLevelAbove(Caller caller, String unitCode) {
        if (caller.actsFor(unitCode) || !directory.isSameOrAbove(caller.unitCode(), unitCode)) {
            throw new NotALevelAboveException(unitCode);
        }
    }

    public void requireReviewer(Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            throw new NotAReviewerException();
        }
    }

    public void requireSupervisor(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.ADMIN)) {
            throw new NotASupervisorException();
        }
    }

    public void requireCompilerOf(Caller caller, String unitCode) {
        if (!caller.actsFor(unitCode) || !(caller.has(Role.CLERK) || caller.has(Role.REVIEWER))) {
            throw new NotCompilerOfUnitException(unitCode);
        }
    }

    public void requireClerkOf(Caller caller, String unitCode) {
        if (!caller.has(Role.CLERK) || !caller.actsFor(unitCode)) {
            throw new NotClerkOfUnitException(unitCode);
        }
    }
}
