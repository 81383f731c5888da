package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The whole official list (63 provinces, 696 districts, 10.047 communes, as of 01/3/2025) through the
 * API, when the shared data folder sits next to the repository. Publication is switched off here: this
 * test measures the import, and its 10.806 events would only slow the other tests' topic reads.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "reporting.units.relay.enabled=false")
class OfficialListImportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    /** {@code shared/data/dvhcvn.json} beside the repository (or beside one of its parents, e.g. a work tree's). */
    static Path officialList() {
        return vn.antt.reporting.planning.reform.SharedData.file("dvhcvn.json")
                .orElse(Path.of("..", "..", "shared", "data", "dvhcvn.json").toAbsolutePath().normalize());
    }

    private long count(UnitKind kind) {
        return mongo.count(Query.query(Criteria.where("kind").is(kind)), Unit.class);
    }

    @Test
    void theWholeOfficialListImportsInSecondsAndASecondImportChangesNothing() throws IOException {
        Path file = officialList();
        Assumptions.assumeTrue(Files.exists(file), "the official list is not next to the repository: " + file);
        byte[] content = Files.readAllBytes(file);
        UnitApi nationalAdmin = new UnitApi(port, TestTokens.issue("quantri.tw", "TW", "ADMIN"));

        long started = System.nanoTime();
        UnitApi.Response first = nationalAdmin.postFile("/api/units/imports?national=true", "dvhcvn.json", content);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json();
        assertThat(report.get("records").asInt()).isEqualTo(63 + 696 + 10_047);
        assertThat(report.get("created").asInt()).isEqualTo(63 + 696 + 10_047);
        assertThat(report.get("validFrom").asString()).isEqualTo("2025-03-01");
        assertThat(count(UnitKind.PROVINCE)).isEqualTo(63);
        assertThat(count(UnitKind.DISTRICT)).isEqualTo(696);
        assertThat(count(UnitKind.COMMUNE)).isEqualTo(10_047);
        assertThat(mongo.count(Query.query(Criteria.where("pending.eventId").exists(true)), Unit.class))
                .isEqualTo(63 + 696 + 10_047);
        assertThat(nationalAdmin.get("/api/units?kind=COMMUNE&asOf=2025-06-09&size=1").json().get("total").asLong())
                .isEqualTo(10_047);
        assertThat(nationalAdmin.get("/api/units/21217").json().get("ancestry").values())
                .extracting(JsonNode::asString).containsExactly("51", "527");
        assertThat(firstMillis).as("import of the whole list over HTTP, ms").isLessThan(30_000);

        started = System.nanoTime();
        UnitApi.Response second = nationalAdmin.postFile("/api/units/imports?national=true", "dvhcvn.json", content);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(63 + 696 + 10_047);
        assertThat(second.json().get("created").asInt() + second.json().get("changed").asInt()
                + second.json().get("closed").asInt()).isZero();
        System.out.printf("Official list (10.806 units): first import %d ms (server %d ms), second %d ms (server %d ms)%n",
                firstMillis, report.get("durationMillis").asLong(), secondMillis, second.json().get("durationMillis").asLong());
    }
}
