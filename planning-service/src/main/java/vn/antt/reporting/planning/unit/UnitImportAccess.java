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
 * The tree is what every plan is issued against, so a district or commune administrator cannot change it. An import
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
