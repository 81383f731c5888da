package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.PlanLetter;

/**
 * The stored plan kept its layout when the letter became one value ({@link PlanLetter}): the plans already in a
 * store read without a migration, the letter's fields stay top-level fields that queries and the index name.
 */
class PlanDocumentLayoutTest {

    private static final List<String> LETTER_FIELDS = List.of("number", "issuingUnitCode", "issuingBody", "signer", "signerTitle",
            "issuedOn", "title", "legalBasis", "periodFrom", "periodTo", "deadline", "recipientUnitCode", "recipientName", "contact");

    private static final PlanLetter LETTER = PlanMother.plan119().letter();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = connect(server.bind());
    private final MongoTemplate mongo = new MongoTemplate(client, "planning");

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aPlanStoredBeforeTheLetterWasOneValueReadsWithItsLetter() {
        Document document = new Document("_id", "kh-119-2025-qng").append("version", 4L)
                .append("revision", 3L).append("state", "ISSUED")
                .append("milestones", List.of()).append("lockAtDeadline", true).append("outlineId", "de-cuong-357")
                .append("outlineVersion", 2).append("reviewTime", "P3D").append("returnToSubmitter", false)
                .append("concernedUnits", List.of("51", "51-CA")).append("createdAt", stored(Instant.parse("2025-05-20T01:00:00Z")))
                .append("createdBy", "admin-51").append("audit", List.of()).append("outbox", List.of()).append("groups", List.of());
        document.putAll(PlanMother.storedFlat(LETTER, this::stored));
        mongo.getCollection(Plan.COLLECTION).insertOne(document);

        Plan plan = mongo.findById("kh-119-2025-qng", Plan.class);

        assertThat(plan).isNotNull();
        assertThat(plan.letter()).isEqualTo(LETTER);
        assertThat(plan.version()).isEqualTo(4);
        assertThat(plan.state()).isEqualTo(PlanState.ISSUED);
        assertThat(plan.outlineVersion()).isEqualTo(2);
        assertThat(plan.concernedUnits()).containsExactly("51", "51-CA");
        assertThat(plan.toEvent().letter()).isEqualTo(LETTER);
        // The issuing unit's plans are found as PlanQueries finds them, by the field's own name.
        assertThat(mongo.find(Query.query(Criteria.where("issuingUnitCode").is("51")), Plan.class))
                .extracting(Plan::planId).containsExactly("kh-119-2025-qng");
    }

    @Test
    void aStoredPlanHasTheLetterAsTopLevelFields() {
        Plan plan = new Plan("kh-119-2025-qng", 0, 0, PlanState.DRAFT, LETTER, List.of(), true, "de-cuong-357", 2, null, null,
                List.of(), List.of(), "P3D", false, List.of(), List.of("51"), Instant.parse("2025-05-20T01:00:00Z"), "admin-51",
                List.of(), List.of(), List.of());

        mongo.insert(plan);
        Document raw = mongo.getCollection(Plan.COLLECTION).find(Filters.eq("_id", plan.planId())).first();

        assertThat(raw).isNotNull().doesNotContainKey("letter").containsKeys(LETTER_FIELDS.toArray(String[]::new));
        assertThat(raw).containsAllEntriesOf(PlanMother.storedFlat(LETTER, this::stored));
        assertThat(mongo.findById(plan.planId(), Plan.class)).isEqualTo(plan);
    }

    @Test
    void theIssuingUnitIsIndexedUnderTheNameAndKeyOfItsFormerIndexedField() {
        List<IndexDefinition> indexes = StreamSupport.stream(
                IndexResolver.create(mongo.getConverter().getMappingContext()).resolveIndexFor(Plan.class).spliterator(), false)
                .map(IndexDefinition.class::cast).toList();

        // What @Indexed on the component made: named by the field, ascending, neither unique nor sparse.
        assertThat(indexes).filteredOn(i -> i.getIndexKeys().containsKey("issuingUnitCode")).singleElement().satisfies(index -> {
            assertThat(index.getIndexKeys()).isEqualTo(new Document("issuingUnitCode", 1));
            assertThat(index.getIndexOptions()).isEqualTo(new Document("name", "issuingUnitCode"));
        });
        assertThat(indexes).flatExtracting(i -> List.copyOf(i.getIndexKeys().keySet())).noneMatch(key -> key.startsWith("letter"));
    }

    /** A value as the mapping stores it (a date as a BSON date). */
    private Object stored(Object value) {
        return mongo.getConverter().convertToMongoType(value);
    }

    private static MongoClient connect(InetSocketAddress address) {
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }
}
