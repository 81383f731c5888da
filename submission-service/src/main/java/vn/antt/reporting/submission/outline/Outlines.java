package vn.antt.reporting.submission.outline;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.platform.readmodel.NewerWins;

/** The outlines read model, kept from the compacted {@code outlines} topic (binding {@code outlines-in-0}). */
@Configuration("outlineReadModel")
public class Outlines {

    private final MongoTemplate mongo;

    Outlines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    Consumer<Message<byte[]>> outlines(CloudEventCodec codec) {
        return message -> apply(codec.decode(message.getPayload(), OutlinePublished.class).data());
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
