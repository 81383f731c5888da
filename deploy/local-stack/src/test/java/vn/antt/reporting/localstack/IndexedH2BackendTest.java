package vn.antt.reporting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/** The store answers queries its indexes cover the same as a scan would, without reading the whole collection. */
class IndexedH2BackendTest {

    @TempDir
    Path dir;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> submissions;

    @BeforeEach
    void start() {
        open();
        submissions.createIndex(Indexes.ascending("planId", "unitCode", "version"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "s" + i).append("planId", "kh-119").append("unitCode", "u" + (i % 10))
                    .append("version", i / 10 + 1).append("status", i % 2 == 0 ? "SUBMITTED" : "WITHDRAWN"));
        }
        submissions.insertMany(documents);
        IndexedH2Backend.drainScans();
    }

    /** Opens the store on the test's data file (again, after a restart) and connects to it. */
    private void open() {
        server = new MongoServer(new IndexedH2Backend(dir.resolve("documents.mv").toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        submissions = client.getDatabase("store-test").getCollection("submissions");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aGuardedQueryOnTheIdReadsOnlyThatDocumentAndStillAppliesTheGuard() {
        assertThat(submissions.find(Filters.and(Filters.eq("_id", "s4"), Filters.eq("status", "SUBMITTED"))).first())
                .containsEntry("unitCode", "u4");
        assertThat(submissions.find(Filters.and(Filters.eq("_id", "s4"), Filters.eq("status", "WITHDRAWN"))).first()).isNull();
        assertThat(submissions.updateOne(Filters.and(Filters.eq("_id", "s5"), Filters.eq("status", "SUBMITTED")),
                Updates.set("status", "ACCEPTED")).getModifiedCount()).isZero();
        assertThat(submissions.updateOne(Filters.and(Filters.eq("_id", "s5"), Filters.eq("status", "WITHDRAWN")),
                Updates.set("status", "ACCEPTED")).getModifiedCount()).isEqualTo(1);
        assertThat(submissions.find(Filters.and(Filters.in("_id", "s1", "s2", "s3"), Filters.eq("status", "SUBMITTED")))
                .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("s2");

        assertThat(IndexedH2Backend.drainScans()).isEmpty();
    }

    @Test
    void aCompoundUniqueIndexServesAQueryWithMoreConditions() {
        Document found = submissions.find(Filters.and(Filters.eq("planId", "kh-119"), Filters.eq("unitCode", "u3"),
                Filters.eq("version", 2), Filters.eq("status", "WITHDRAWN"))).first();
        assertThat(found).containsEntry("_id", "s13");

        assertThat(IndexedH2Backend.drainScans()).isEmpty();
    }

    @Test
    void aQueryOnAPrefixOfAUniqueIndexReadsItsShadowAndSeesWritesAtOnce() {
        assertThat(submissions.find(Filters.and(Filters.eq("planId", "kh-119"), Filters.eq("unitCode", "u3")))
                .sort(Sorts.descending("version")).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactly("s43", "s33", "s23", "s13", "s3");

        submissions.insertOne(new Document("_id", "s50").append("planId", "kh-119").append("unitCode", "u3").append("version", 6));
        submissions.updateOne(Filters.eq("_id", "s43"), Updates.set("unitCode", "u10"));
        submissions.deleteOne(Filters.eq("_id", "s3"));

        assertThat(submissions.find(Filters.and(Filters.eq("planId", "kh-119"), Filters.eq("unitCode", "u3")))
                .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("s13", "s23", "s33", "s50");
        assertThat(submissions.countDocuments(Filters.eq("planId", "kh-119"))).isEqualTo(50);
        assertThat(IndexedH2Backend.drainScans()).isEmpty();
    }

    @Test
    void aDeclaredNonUniqueIndexServesEqualityIncludingOnArrayElementsAndNumbersOfAnotherType() {
        submissions.createIndex(Indexes.ascending("status"));
        MongoCollection<Document> units = client.getDatabase("store-test").getCollection("units");
        units.createIndex(Indexes.ascending("ancestry"));
        units.insertMany(List.of(new Document("_id", "26734").append("ancestry", List.of("01", "001")).append("level", 3),
                new Document("_id", "26737").append("ancestry", List.of("01", "002")).append("level", 3L),
                new Document("_id", "001").append("ancestry", List.of("01")).append("level", 2)));
        units.createIndex(Indexes.ascending("level"));
        IndexedH2Backend.drainScans();

        assertThat(submissions.countDocuments(Filters.eq("status", "SUBMITTED"))).isEqualTo(25);
        submissions.updateMany(Filters.eq("unitCode", "u0"), Updates.set("status", "ACCEPTED"));
        assertThat(IndexedH2Backend.drainScans()).containsOnlyKeys("store-test.submissions [unitCode]");
        assertThat(submissions.countDocuments(Filters.eq("status", "SUBMITTED"))).isEqualTo(20);
        assertThat(submissions.find(Filters.eq("status", "ACCEPTED")).into(new ArrayList<>())).hasSize(5);
        assertThat(units.find(Filters.eq("ancestry", "001")).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactly("26734");
        assertThat(units.find(Filters.eq("ancestry", "01")).into(new ArrayList<>())).hasSize(3);
        assertThat(units.find(Filters.eq("level", 3.0)).into(new ArrayList<>())).hasSize(2);
        assertThat(units.find(Filters.eq("ancestry", List.of("01"))).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactly("001"); // a whole-array match is a scan, with MongoDB's answer
        assertThat(IndexedH2Backend.drainScans()).containsOnlyKeys("store-test.units [ancestry]");
    }

    @Test
    void aSparseIndexFindsTheDocumentsThatHaveItsField() {
        submissions.createIndex(Indexes.ascending("outbox.0"), new IndexOptions().sparse(true));
        submissions.updateMany(Filters.in("_id", "s1", "s2"), Updates.push("outbox", new Document("eventId", "e1")));
        IndexedH2Backend.drainScans();

        assertThat(submissions.find(Filters.exists("outbox.0")).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactly("s1", "s2");
        submissions.updateOne(Filters.eq("_id", "s1"), Updates.pull("outbox", new Document("eventId", "e1")));
        assertThat(submissions.find(Filters.and(Filters.exists("outbox.0"), Filters.or(Filters.exists("lease", false),
                Filters.lt("lease", 5)))).into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("s2");
        assertThat(IndexedH2Backend.drainScans()).isEmpty();
    }

    @Test
    void indexesAreRebuiltWhenTheStoreReopensAndCollectionsStillDrop() {
        submissions.createIndex(Indexes.ascending("status"));
        client.close();
        server.shutdownNow();
        open();
        IndexedH2Backend.drainScans();

        assertThat(submissions.countDocuments(Filters.eq("status", "WITHDRAWN"))).isEqualTo(25);
        assertThat(submissions.countDocuments(Filters.and(Filters.eq("planId", "kh-119"), Filters.eq("unitCode", "u7")))).isEqualTo(5);
        assertThat(IndexedH2Backend.drainScans()).isEmpty();

        submissions.drop();
        assertThat(submissions.countDocuments()).isZero();
        submissions.createIndex(Indexes.ascending("planId", "unitCode", "version"), new IndexOptions().unique(true));
        submissions.insertOne(new Document("_id", "s1").append("planId", "kh-120").append("unitCode", "u1").append("version", 1));
        assertThat(submissions.countDocuments(Filters.eq("planId", "kh-120"))).isEqualTo(1);
    }

    @Test
    void whatNoIndexCoversIsAFullScanAndIsCounted() {
        assertThat(submissions.find(Filters.eq("status", "SUBMITTED")).into(new ArrayList<>())).hasSize(25);
        assertThat(submissions.find(Filters.and(Filters.eq("unitCode", "u3"), Filters.eq("version", 2)))
                .into(new ArrayList<>())).hasSize(1);

        assertThat(IndexedH2Backend.drainScans()).containsOnlyKeys("store-test.submissions [status]",
                "store-test.submissions [unitCode, version]");
    }
}
