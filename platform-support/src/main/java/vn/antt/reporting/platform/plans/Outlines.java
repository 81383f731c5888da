package vn.antt.reporting.platform.plans;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.platform.readmodel.NewerWins;

/** A service's read model of the outline versions, kept from the compacted {@code outlines} topic. */
public class Outlines {

    private final MongoTemplate mongo;

    public Outlines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean apply(OutlinePublished outline) {
        String id = OutlineRecord.idOf(outline.outlineId(), outline.version());
        return NewerWins.save(mongo, new OutlineRecord(id, outline.version(), outline), id, "version", outline.version());
    }

    public Optional<OutlinePublished> find(String outlineId, int version) {
        return Optional.ofNullable(mongo.findById(OutlineRecord.idOf(outlineId, version), OutlineRecord.class))
                .map(OutlineRecord::outline);
    }
}
