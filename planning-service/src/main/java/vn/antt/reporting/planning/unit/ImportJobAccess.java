package vn.antt.reporting.planning.unit;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * {@link UnitImportAccess} applied to asynchronous imports: starting one is importing (same checks, same moments),
 * and a job's progress and report may be read by the caller who started it or by an ADMIN of the same unit only.
 */
@Component
public class ImportJobAccess {

    private final UnitImportAccess imports;

    public ImportJobAccess(UnitImportAccess imports) {
        this.imports = imports;
    }

    public void requireAdmin(Caller caller) {
        imports.requireAdmin(caller);
    }

    public void check(Caller caller, ImportPlan plan) {
        imports.check(caller, plan);
    }

    public void requireReader(Caller caller, ImportJob job) {
        boolean starter = job.userId().equals(caller.userId());
        boolean adminOfUnit = caller.has(Role.ADMIN) && job.unitCode() != null && caller.actsFor(job.unitCode());
        if (!starter && !adminOfUnit) {
            throw new AccessRefusedException("An import job may be read by the caller who started it or an ADMIN of unit "
                    + job.unitCode() + " only");
        }
    }
}
