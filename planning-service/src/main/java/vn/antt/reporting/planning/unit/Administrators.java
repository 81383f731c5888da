package vn.antt.reporting.planning.unit;

import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who administers what, from the caller's unit and roles: plans and outlines are issued by the
 * administrators of a province (or of a national unit); an intermediate level's administrators act
 * for the units below them.
 */
@Component
public class Administrators {

    private final UnitQueries units;
    private final UnitDirectoryProperties properties;

    public Administrators(UnitQueries units, UnitDirectoryProperties properties) {
        this.units = units;
        this.properties = properties;
    }

    public boolean national(Caller caller) {
        return caller.unitCode() != null && properties.nationalUnits().contains(caller.unitCode());
    }

    /** An ADMIN of a province or of a national unit: may write outlines and create plans. */
    public void requireIssuer(Caller caller) {
        requireAdmin(caller);
        if (national(caller)) {
            return;
        }
        boolean province = units.find(caller.unitCode()).map(unit -> unit.kind() == UnitKind.PROVINCE).orElse(false);
        if (!province) {
            throw new AccessRefusedException("Only an administrator of a province or of a national unit may issue plans and"
                    + " outlines; the caller acts for unit " + caller.unitCode());
        }
    }

    /** An ADMIN acting for {@code unitCode} itself (or for a national unit). */
    public void requireAdminOf(Caller caller, String unitCode) {
        requireAdmin(caller);
        if (!national(caller) && !caller.actsFor(unitCode)) {
            throw new AccessRefusedException("Only an administrator of unit " + unitCode + " may do this; the caller acts for unit "
                    + caller.unitCode());
        }
    }

    public void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("This action requires the ADMIN role");
        }
    }
}
