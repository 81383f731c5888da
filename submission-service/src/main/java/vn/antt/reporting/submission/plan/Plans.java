package vn.antt.reporting.submission.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.readmodel.NewerWins;

/** The plans read model, kept from the compacted {@code plans} topic (binding {@code plans-in-0}). */
@Configuration("planReadModel")
public class Plans {

    private final MongoTemplate mongo;

    Plans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    Consumer<Message<byte[]>> plans(CloudEventCodec codec) {
        return message -> apply(codec.decode(message.getPayload(), PlanPublished.class).data());
    }

    public boolean apply(PlanPublished plan) {
        return NewerWins.save(mongo, new PlanRecord(plan.planId(), plan.revision(), plan), plan.planId(), "revision",
                plan.revision());
    }

    public Optional<PlanPublished> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanRecord.class)).map(PlanRecord::plan);
    }

    public static Optional<ExpectedUnit> expected(PlanPublished plan, String unitCode) {
        return plan.expectedUnits().stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    /** The deadline that applies to a unit, as the plan's publisher defines it. */
    public static Instant effectiveDeadline(PlanPublished plan, String unitCode, List<String> ancestry) {
        return plan.effectiveDeadline(unitCode, ancestry);
    }
}
