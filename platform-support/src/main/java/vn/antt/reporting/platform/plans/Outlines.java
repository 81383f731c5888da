package vn.antt.reporting.platform.plans;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.platform.readmodel.NewerWins;

/**
 * A service's read model of the outline versions, kept from the compacted {@code outlines} topic. A version never
 * changes once stored (a redelivered or republished version is not newer, so it is not written again): once read, it
 * is kept in memory and not read from the store again (every submission checks its report against its outline; that was
 * one store read per submission). A version not stored yet is read again at the next look.
 */
public class Outlines {

    private final MongoTemplate mongo;
    private final Map<String, OutlinePublished> read = new ConcurrentHashMap<>();

    public Outlines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean apply(OutlinePublished outline) {
        String id = OutlineRecord.idOf(outline.outlineId(), outline.version());
        return NewerWins.save(mongo, new OutlineRecord(id, outline.version(), outline), id, "version", outline.version());
    }

    public Optional<OutlinePublished> find(String outlineId, int version) {
        String id = OutlineRecord.idOf(outlineId, version);
        OutlinePublished known = read.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<OutlinePublished> stored = Optional.ofNullable(mongo.findById(id, OutlineRecord.class)).map(OutlineRecord::outline);
        stored.ifPresent(outline -> read.putIfAbsent(id, outline));
        return stored;
    }
}
