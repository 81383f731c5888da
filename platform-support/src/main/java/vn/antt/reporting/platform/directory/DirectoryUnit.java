package vn.antt.reporting.platform.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service's own copy of one version of a unit of the directory, kept from the compacted {@code unit-directory}
 * topic. planning-service owns the directory; this is a read model. A code may name several units one after another
 * (codes are reused across the reform of 1/7/2025), each a document keyed by its version key.
 *
 * @param key the version's key: the code for a code's first version, {@code code@validFrom} for a later one
 */
@Document("directory_units")
public record DirectoryUnit(
        @Id String key,
        @Indexed String code,
        String name,
        String type,
        String kind,
        @Indexed String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        long revision) {

    @PersistenceCreator
    public DirectoryUnit {
        code = code == null ? key : code; // stored before versions: the key was the code
        key = key == null ? code : key;
    }

    /** True when this version is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    /** The day to read its ancestors on: its last day when it is closed before {@code day}, else {@code day}. */
    LocalDate lastDayUpTo(LocalDate day) {
        return validTo != null && !validTo.isAfter(day) ? validTo.minusDays(1) : day;
    }
}
