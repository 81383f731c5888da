package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * What the last import of a two-level list could not link ({@link ImportReport#unresolved()}), kept so that an
 * administrator can fix the links by hand after the import's job is gone. Replaced by every import of a two-level list.
 *
 * @param validFrom  the list's date
 * @param importedAt when it was imported
 */
@Document(UnresolvedPredecessors.COLLECTION)
public record UnresolvedPredecessors(@Id String id, LocalDate validFrom, Instant importedAt, List<UnresolvedPredecessor> items) {

    public static final String COLLECTION = "unresolved_predecessors";
    public static final String LAST = "last-two-level-import";

    public UnresolvedPredecessors {
        items = ImmutableLists.copyOrEmpty(items);
    }
}
