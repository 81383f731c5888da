package vn.antt.reporting.review.access;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may do what in review-service, each rule once; a broken rule is refused (HTTP 403) with its own exception:
 * <ul>
 *   <li>a case is seen by its unit and by the reviewers and administrators of its levels and of the units above it
 *   (else it is "not found", so its id tells nothing);</li>
 *   <li>nobody reviews their own unit's report: {@link SelfReviewException};</li>
 *   <li>a case is acted on by a reviewer of the unit of its current level: {@link NotReviewerOfLevelException};</li>
 *   <li>a final report is reopened by a reviewer of the chain's final level: {@link NotReviewerOfFinalLevelException};</li>
 *   <li>the audit trail is read by the levels above the unit: {@link NotALevelAboveException};</li>
 *   <li>a worklist is a reviewer's: {@link NotAReviewerException};</li>
 *   <li>the cases below a unit are followed by its reviewers and administrators: {@link NotASupervisorException};</li>
 *   <li>a unit's report is compiled by its clerks and reviewers ({@link NotCompilerOfUnitException}), and saved as its
 *   draft by its clerks ({@link NotClerkOfUnitException}).</li>
 * </ul>
 * The last five keep the problem type {@code access-refused}. A unit is always the directory version the plan means: codes
 * are reused across the reform of 1/7/2025 (the case's unit and levels carry their version keys).
 */
@Component
public class ReviewAccess {

    private final UnitDirectory directory;

    ReviewAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * The unit itself, or a reviewer or administrator of a level of its chain or of a unit above it on the plan's issue
     * date, each the directory version the plan means (codes are reused across the reform of 1/7/2025). {@code issuedOn}
     * is read only when the caller is neither the unit nor a level (no store read on a reviewer's action).
     */
    public boolean maySee(Caller caller, UnitRef unit, List<ReviewLevel> levels, Supplier<LocalDate> issuedOn) {
        if (caller.actsFor(unit.code(), unit.versionKey())) {
            return true;
        }
        return (caller.has(Role.REVIEWER) || caller.has(Role.ADMIN)) && (levels.stream().anyMatch(level -> actsFor(caller, level))
                || directory.isSameOrAbove(caller, unit.code(), issuedOn.get()));
    }

    /** True when the caller's code named, on the plan's issue date, the unit they belong to (a supervisor's plan overview). */
    public boolean isOwnUnitOn(Caller caller, LocalDate issuedOn) {
        return directory.isCallersUnitOn(caller, issuedOn);
    }

    /** True when the caller is the level's unit, of the version the plan means. */
    public static boolean actsFor(Caller caller, ReviewLevel level) {
        return caller.actsFor(level.unitCode(), level.versionKey());
    }

    public void requireNotOwnUnit(Caller caller, String caseId, String unitCode) {
        if (caller.actsFor(unitCode)) {
            throw new SelfReviewException(caseId, unitCode);
        }
    }

    /** A reviewer of the unit of the level that must act ({@code reviewing}, null when none must), of the version the plan means. */
    public void requireReviewerOfLevel(Caller caller, String caseId, int level, ReviewLevel reviewing) {
        if (reviewing == null || !caller.has(Role.REVIEWER) || !actsFor(caller, reviewing)) {
            throw new NotReviewerOfLevelException(caseId, caller.unitCode(), level, reviewing == null ? null : reviewing.unitCode());
        }
    }

    /** {@code finalLevel} null: the case has no review level, so nobody may reopen it. */
    public void requireReviewerOfFinalLevel(Caller caller, String caseId, ReviewLevel finalLevel) {
        if (finalLevel == null || !caller.has(Role.REVIEWER) || !actsFor(caller, finalLevel)) {
            throw new NotReviewerOfFinalLevelException(caseId, caller.unitCode(), finalLevel == null ? null : finalLevel.unitCode());
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

    /** A clerk or reviewer of the unit, by code: before the plan is read. */
    public void requireCompilerOf(Caller caller, String unitCode) {
        if (!caller.actsFor(unitCode) || !(caller.has(Role.CLERK) || caller.has(Role.REVIEWER))) {
            throw new NotCompilerOfUnitException(unitCode);
        }
    }

    /** A clerk or reviewer of the unit the code named on the plan's issue date. */
    public void requireCompilerOf(Caller caller, String unitCode, LocalDate issuedOn) {
        requireCompilerOf(caller, unitCode);
        if (!directory.isSameOrAbove(caller, unitCode, issuedOn)) {
            throw new NotCompilerOfUnitException(unitCode, caller.unitVersion());
        }
    }

    public void requireClerkOf(Caller caller, String unitCode) {
        if (!caller.has(Role.CLERK) || !caller.actsFor(unitCode)) {
            throw new NotClerkOfUnitException(unitCode);
        }
    }
}
