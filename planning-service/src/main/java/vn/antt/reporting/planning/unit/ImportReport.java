package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * What an import did.
 *
 * @param records        unit records in the file
 * @param created        units created
 * @param changed        units renamed, re-parented or reopened (closures not included)
 * @param closed         administrative units closed because the list no longer has them
 * @param unchanged      records that changed nothing
 * @param validFrom      the date new units and closures take effect
 * @param provinces      provinces whose units the file touches
 * @param durationMillis time from reading the file to the last write
 * @param links          predecessor links stored (two-level list: new unit ← pre-reform unit); none already stored
 * @param unresolved     names of the merger map's texts linked to no unit, each with the reason (never guessed)
 */
public record ImportReport(int records, int created, int changed, int closed, int unchanged, LocalDate validFrom,
                           Set<String> provinces, long durationMillis, int links, List<UnresolvedPredecessor> unresolved) {

    public ImportReport {
        unresolved = ImmutableLists.copyOrEmpty(unresolved);
    }

    public ImportReport(int records, int created, int changed, int closed, int unchanged, LocalDate validFrom,
                        Set<String> provinces, long durationMillis) {
        this(records, created, changed, closed, unchanged, validFrom, provinces, durationMillis, 0, List.of());
    }

    public boolean changedNothing() {
        return created == 0 && changed == 0 && closed == 0;
    }
}
