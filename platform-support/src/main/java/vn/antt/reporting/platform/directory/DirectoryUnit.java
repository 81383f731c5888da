package vn.antt.reporting.platform.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service's own copy of one unit of the directory, kept from the compacted {@code unit-directory}
 * topic. planning-service owns the directory; this is a read model.
 */
@Document("directory_units")
public record DirectoryUnit(
        @Id String code,
        String name,
        String type,
        String kind,
        @Indexed String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        long revision) {
}
