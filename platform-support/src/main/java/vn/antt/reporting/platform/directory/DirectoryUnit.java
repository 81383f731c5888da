package vn.antt.reporting.platform.directory;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.planning.UnitChanged;

/**
 * A service's own copy of one version of a unit of the directory, kept from the compacted {@code unit-directory}
 * topic. planning-service owns the directory; this is a read model. A code may name several units one after another
 * (codes are reused across the reform of 1/7/2025), each a document keyed by its version key.
 *
 * @param key          the version's key: the code for a code's first version, {@code code@validFrom} for a later one
 * @param predecessors the pre-reform units it was formed from, each with the successor its figure is counted for
 *                     ({@link UnitChanged#predecessors}); empty for a unit formed from none and in documents stored before
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
        long revision,
        List<UnitChanged.Predecessor> predecessors) {

    @PersistenceCreator
    public DirectoryUnit {
        code = code == null ? key : code; // stored before versions: the key was the code
        key = key == null ? code : key;
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    public DirectoryUnit(String key, String code, String name, String type, String kind, String parentCode,
                         LocalDate validFrom, LocalDate validTo, long revision) {
        this(key, code, name, type, kind, parentCode, validFrom, validTo, revision, List.of());
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
