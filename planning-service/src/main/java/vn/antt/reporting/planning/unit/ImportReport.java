package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.util.Set;

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
 */
public record ImportReport(int records, int created, int changed, int closed, int unchanged, LocalDate validFrom,
                           Set<String> provinces, long durationMillis) {

    public boolean changedNothing() {
        return created == 0 && changed == 0 && closed == 0;
    }
}
