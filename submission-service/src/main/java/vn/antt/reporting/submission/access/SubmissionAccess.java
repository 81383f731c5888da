package vn.antt.reporting.submission.access;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may do what in submission-service, each rule once. A broken rule is refused with its own exception (HTTP 403,
 * problem type {@code access-refused}):
 * <ul>
 *   <li>a unit's report, drafts and signed scan are written by a clerk of that unit, of the directory version the plan
 *   means (codes are reused across the reform of 1/7/2025): {@link NotClerkOfUnitException};</li>
 *   <li>drafts are entered in bulk by a clerk, for the units below their own: {@link NotAClerkException};</li>
 *   <li>a unit's reports are read by the unit itself, and by the reviewers and administrators of the units above it on
 *   the plan's issue date, each of the version the plan means: {@link NotYourUnitException} (a single report out of sight
 *   is "not found" instead, so its id tells nothing).</li>
 * </ul>
 */
@Component
public class SubmissionAccess {

    private final UnitDirectory directory;

    SubmissionAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * A clerk of {@code unitCode} only, by code: the refusal that needs no store read, made before the plan is read;
     * {@link #requireClerkOf(Caller, String, String, String)} follows once the plan says which unit it means.
     * {@code action} says what they are doing ("submit its report").
     */
    public void requireClerkOf(Caller caller, String unitCode, String action) {
        if (!caller.has(Role.CLERK) || !caller.actsFor(unitCode)) {
            throw new NotClerkOfUnitException(unitCode, action);
        }
    }

    /** A clerk of this version of the unit ({@code versionKey}, as the plan's expected unit or the stored report has it). */
    public void requireClerkOf(Caller caller, String unitCode, String versionKey, String action) {
        requireClerkOf(caller, unitCode, action);
        if (!caller.actsFor(unitCode, versionKey)) {
            throw new NotClerkOfUnitException(unitCode, versionKey == null ? unitCode : versionKey, caller.unitVersion(), action);
        }
    }

    /** A clerk only (entering drafts for the units below their own). */
    public void requireClerk(Caller caller) {
        if (!caller.has(Role.CLERK)) {
            throw new NotAClerkException(caller.unitCode());
        }
    }

    /**
     * A unit sees its own reports (the version of it the plan means: {@code versionKey}); reviewers and admins see those
     * of the units below them on the plan's issue date {@code day}, if their code named their own unit then.
     */
    public boolean maySee(Caller caller, String unitCode, String versionKey, LocalDate day) {
        return maySee(caller, unitCode, versionKey, () -> day);
    }

    /** {@link #maySee(Caller, String, String, LocalDate)} reading the plan's date only when a reviewer or admin asks. */
    public boolean maySee(Caller caller, String unitCode, String versionKey, Supplier<LocalDate> day) {
        if (caller.actsFor(unitCode, versionKey)) {
            return true;
        }
        return (caller.has(Role.REVIEWER) || caller.has(Role.ADMIN)) && directory.isSameOrAbove(caller, unitCode, day.get());
    }

    /** The reports of {@code unitCode} are read only as {@link #maySee} allows. */
    public void requireMaySee(Caller caller, String unitCode, String versionKey, LocalDate day) {
        if (!maySee(caller, unitCode, versionKey, day)) {
            throw new NotYourUnitException(caller.unitCode(), unitCode);
        }
    }
}
