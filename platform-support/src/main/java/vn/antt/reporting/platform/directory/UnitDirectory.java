package vn.antt.reporting.platform.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.readmodel.NewerWins;

/** The read model of the unit directory: lookups, ancestry and the "is above" test used for access checks. */
public class UnitDirectory {

    /** Province → district → commune → hamlet, plus a margin for non-administrative units. */
    private static final int MAX_DEPTH = 8;

    private final MongoTemplate mongo;

    public UnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<DirectoryUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mongo.findById(code, DirectoryUnit.class));
    }

    /** Codes of the unit's ancestors from the top down (province first), without the unit itself. */
    public List<String> ancestry(String code) {
        List<String> path = new ArrayList<>();
        Optional<DirectoryUnit> current = find(code);
        while (current.isPresent() && current.get().parentCode() != null && path.size() < MAX_DEPTH) {
            path.add(current.get().parentCode());
            current = find(current.get().parentCode());
        }
        Collections.reverse(path);
        return path;
    }

    /** True when {@code upper} is {@code unit} itself or one of its ancestors. */
    public boolean isSameOrAbove(String upper, String unit) {
        return upper != null && (upper.equals(unit) || ancestry(unit).contains(upper));
    }

    public List<DirectoryUnit> children(String code) {
        return mongo.find(Query.query(Criteria.where("parentCode").is(code)), DirectoryUnit.class);
    }

    /**
     * Applies a directory event; an older or repeated revision changes nothing, so the topic can be
     * replayed from the start at any time.
     */
    public boolean apply(UnitChanged event) {
        DirectoryUnit unit = new DirectoryUnit(event.code(), event.name(), event.type(), event.kind(),
                event.parentCode(), event.validFrom(), event.validTo(), event.revision());
        return NewerWins.save(mongo, unit, event.code(), "revision", event.revision());
    }
}
