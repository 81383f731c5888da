package vn.antt.reporting.planning.unit;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may import units through the API.
 * <ul>
 *   <li>Only an ADMIN.</li>
 *   <li>An ADMIN acting for a national unit ({@code reporting.units.national-units}, default {@code TW})
 *       may import anything, including the national list.</li>
 *   <li>An ADMIN acting for a province may import units of that province only: every unit the file creates,
 *       changes or closes must lie in the province (the province itself included).</li>
 * </ul>
 * The tree is what every plan is issued against, so a district or commune administrator cannot change it. A new unit's
 * predecessor links ({@link PredecessorLinkFixes}) may be set by hand by an ADMIN of a national unit, or by an ADMIN of the
 * unit or one of its ancestors, each predecessor lying in the subtree of the caller's unit or of a pre-reform unit the
 * caller's unit was formed from (the new Quảng Ngãi's administrator links communes of Kon Tum too). An import
 * run in the background ({@link UnitImportJobs}) is started under the same checks; its progress and report may be read
 * by the caller who started it or by an ADMIN of the same unit only.
 */
@Component
public class UnitImportAccess {

    private final UnitDirectoryProperties properties;

    public UnitImportAccess(UnitDirectoryProperties properties) {
        this.properties = properties;
    }

    /** Checked before the file is even read. */
    public void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Importing units requires the ADMIN role");
        }
    }

    /** Checked once the file is known valid and before any write. */
    public void check(Caller caller, ImportPlan plan) {
        requireAdmin(caller);
        if (caller.unitCode() != null && properties.nationalUnits().contains(caller.unitCode())) {
            return;
        }
        if (plan.national()) {
            throw new AccessRefusedException("Only an administrator of a national unit " + properties.nationalUnits()
                    + " may import the national list");
        }
        for (String province : plan.provinces()) {
            if (!province.equals(caller.unitCode())) {
                throw new AccessRefusedException("An administrator of unit " + caller.unitCode()
                        + " may import units of that province only; the file has units of province " + province);
            }
        }
    }

    /**
     * Checked for the new unit and for each predecessor of a hand fix of links; refused naming {@code field}.
     *
     * @param formedInto the caller's unit and the pre-reform units it was formed from
     */
    public void checkLinkFix(Caller caller, Unit unit, String field, java.util.Set<String> formedInto) {
        requireAdmin(caller);
        if (!mayFixLinks(caller, unit, formedInto)) {
            throw new PredecessorFixRefusedException(field, "An administrator of unit " + caller.unitCode()
                    + " may set the links of units in its own subtree only; unit " + unit.key() + " (" + unit.name()
                    + ") is not in it");
        }
    }

    /** True when the caller (an ADMIN) may set links involving {@code unit}, see {@link #checkLinkFix}. */
    public boolean mayFixLinks(Caller caller, Unit unit, java.util.Set<String> formedInto) {
        if (!caller.has(Role.ADMIN) || caller.unitCode() == null) {
            return false;
        }
        if (properties.nationalUnits().contains(caller.unitCode())) {
            return true;
        }
        if (caller.unitCode().equals(unit.code()) || unit.ancestry().contains(caller.unitCode())) {
            return true;
        }
        return formedInto.contains(unit.code()) || unit.ancestry().stream().anyMatch(formedInto::contains);
    }

    /** Reading a background import's progress and report. */
    public void requireReader(Caller caller, ImportJob job) {
        boolean starter = job.userId().equals(caller.userId());
        boolean adminOfUnit = caller.has(Role.ADMIN) && job.unitCode() != null && caller.actsFor(job.unitCode());
        if (!starter && !adminOfUnit) {
            throw new AccessRefusedException("An import job may be read by the caller who started it or an ADMIN of unit "
                    + job.unitCode() + " only");
        }
    }
}
