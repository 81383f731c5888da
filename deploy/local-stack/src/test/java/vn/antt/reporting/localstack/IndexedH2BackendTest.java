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
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/** The store answers queries that include a unique index's fields the same, without reading the whole collection. */
class IndexedH2BackendTest {

    @TempDir
    Path dir;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> submissions;

    @BeforeEach
    void start() {
        server = new MongoServer(new IndexedH2Backend(dir.resolve("documents.mv").toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        submissions = client.getDatabase("store-test").getCollection("submissions");
        submissions.createIndex(Indexes.ascending("planId", "unitCode", "version"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "s" + i).append("planId", "kh-119").append("unitCode", "u" + (i % 10))
                    .append("version", i / 10 + 1).append("status", i % 2 == 0 ? "SUBMITTED" : "WITHDRAWN"));
        }
        submissions.insertMany(documents);
        IndexedH2Backend.drainScans();
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
    void whatNoUniqueIndexCoversIsAFullScanAndIsCounted() {
        assertThat(submissions.find(Filters.eq("status", "SUBMITTED")).into(new ArrayList<>())).hasSize(25);
        assertThat(submissions.find(Filters.and(Filters.eq("planId", "kh-119"), Filters.eq("unitCode", "u3")))
                .into(new ArrayList<>())).hasSize(5);

        assertThat(IndexedH2Backend.drainScans()).containsOnlyKeys("store-test.submissions [status]",
                "store-test.submissions [planId, unitCode]");
    }
}
