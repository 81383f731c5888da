package vn.antt.reporting.platform.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.platform.testing.InMemoryStore;

/**
 * A service's stored copy of a plan kept its layout when the letter became one value ({@link PlanLetter}): the
 * copies already stored read with their letter (a newer revision is needed to replace them), new ones store it flat.
 */
class PlanRecordLayoutTest {

    private static final PlanLetter LETTER = PlanMother.plan119().letter();

    private final InMemoryStore store = new InMemoryStore();
    private final MongoTemplate mongo = store.template();
    private final Plans plans = new Plans(mongo, new Outlines(mongo));

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aCopyStoredBeforeTheLetterWasOneValueReadsWithItsLetter() {
        Document plan = new Document("planId", "kh-119-2025-qng").append("revision", 3L)
                .append("milestones", List.of()).append("status", "ISSUED").append("lockAtDeadline", false)
                .append("outlineId", "de-cuong-357").append("outlineVersion", 1).append("expectedUnits", List.of())
                .append("reviewChains", List.of()).append("returnToSubmitter", true).append("unitDeadlines", List.of())
                .append("groups", List.of());
        plan.putAll(PlanMother.storedFlat(LETTER, this::stored));
        mongo.getCollection(PlanRecord.COLLECTION).insertOne(new Document("_id", "kh-119-2025-qng").append("revision", 3L)
                .append("plan", plan));

        assertThat(plans.find("kh-119-2025-qng")).get().satisfies(read -> {
            assertThat(read.letter()).isEqualTo(LETTER);
            assertThat(read.status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(read.outlineId()).isEqualTo("de-cuong-357");
        });
        assertThat(plans.withStatus(PlanStatus.ISSUED)).extracting(PlanPublished::letter).containsExactly(LETTER);
    }

    @Test
    void aCopyIsStoredWithTheLetterAsFieldsOfThePlan() {
        plans.apply(new PlanPublished("kh-119-2025-qng", 3, LETTER, List.of(), PlanStatus.ISSUED, false, "de-cuong-357", 1, null,
                List.of(), List.of(), null, true, List.of(), List.of()));

        Document plan = mongo.getCollection(PlanRecord.COLLECTION).find(Filters.eq("_id", "kh-119-2025-qng")).first()
                .get("plan", Document.class);

        assertThat(plan).doesNotContainKey("letter").containsAllEntriesOf(PlanMother.storedFlat(LETTER, this::stored));
    }

    /** A value as the mapping stores it (a date as a BSON date). */
    private Object stored(Object value) {
        return mongo.getConverter().convertToMongoType(value);
    }
}
