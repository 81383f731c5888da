package vn.antt.reporting.submission.access;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may do what in submission-service, each rule once. A broken rule is refused with its own exception (HTTP 403,
 * problem type {@code access-refused}):
 * <ul>
 *   <li>a unit's report, drafts and signed scan are written by a clerk of that unit: {@link NotClerkOfUnitException};</li>
 *   <li>drafts are entered in bulk by a clerk, for the units below their own: {@link NotAClerkException};</li>
 *   <li>a unit's reports are read by the unit itself, and by the reviewers and administrators of the units above it:
 *   {@link NotYourUnitException} (a single report out of sight is "not found" instead, so its id tells nothing).</li>
 * </ul>
 */
@Component
public class SubmissionAccess {

    private final UnitDirectory directory;

    SubmissionAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** A clerk of {@code unitCode} only; {@code action} says what they are doing ("submit its report"). */
    public void requireClerkOf(Caller caller, String unitCode, String action) {
        if (!caller.has(Role.CLERK) || !caller.actsFor(unitCode)) {
            throw new NotClerkOfUnitException(unitCode, action);
        }
    }

    /** A clerk only (entering drafts for the units below their own). */
    public void requireClerk(Caller caller) {
        if (!caller.has(Role.CLERK)) {
            throw new NotAClerkException(caller.unitCode());
        }
    }

    /** A unit sees its own reports; reviewers and admins see those of the units below them. */
    public boolean maySee(Caller caller, String unitCode) {
        if (caller.actsFor(unitCode)) {
            return true;
        }
        return (caller.has(Role.REVIEWER) || caller.has(Role.ADMIN)) && directory.isSameOrAbove(caller.unitCode(), unitCode);
    }

    /** The reports of {@code unitCode} are read only as {@link #maySee} allows. */
    public void requireMaySee(Caller caller, String unitCode) {
        if (!maySee(caller, unitCode)) {
            throw new NotYourUnitException(caller.unitCode(), unitCode);
        }
    }
}
