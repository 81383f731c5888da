package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Imports started in the background against the real store, with the Quảng Ngãi demo directory: the progress a page
 * polls only moves forward and reaches 100 %, the report is the synchronous import's, a refused file comes back as
 * the same problem details naming its records (nothing stored), one job at a time, and only its starter or an ADMIN
 * of the same unit reads it. Small write chunks, so that a file of a few dozen units is written in several steps.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "reporting.units.write-chunk-size=3")
class UnitImportJobIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private UnitApi provinceAdmin;

    @BeforeEach
    void callers() {
        provinceAdmin = new UnitApi(port, TestTokens.issue("quantri.tinh", Units.QUANG_NGAI, "ADMIN"));
    }

    /** {@code count} new schools under Huyện Sơn Tịnh, their codes starting with {@code prefix}. */
    private static byte[] schools(String prefix, int count) {
        String units = IntStream.rangeClosed(1, count).mapToObj(i -> """
                {"code": "%s-%03d", "name": "Trường Tiểu học số %d", "type": "Trường học", "kind": "SCHOOL", "parentCode": "%s"}"""
                .formatted(prefix, i, i, Units.SON_TINH)).collect(Collectors.joining(",\n"));
        return ("{\"validFrom\": \"2025-03-01\", \"units\": [" + units + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String prefix() {
        return "51-TH-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private UnitApi.Response start(UnitApi caller, byte[] file) {
        return caller.postFile("/api/units/import-jobs", "danh-muc.json", file);
    }

    /** Polls the job until it is finished, keeping every percentage seen. */
    private JsonNode awaitFinished(UnitApi caller, String location, List<Integer> percents) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            UnitApi.Response polled = caller.get(location);
            assertThat(polled.status()).as(polled.body()).isEqualTo(200);
            JsonNode job = polled.json();
            percents.add(job.get("percent").asInt());
            return job;
        }, job -> job.get("state").asString().equals("DONE") || job.get("state").asString().equals("FAILED"));
    }

    private static String location(UnitApi.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        assertThat(started.json().get("state").asString()).isIn("READING", "VALIDATING", "WRITING", "DONE");
        return "/api/units/import-jobs/" + id;
    }

    private static void assertSameReport(JsonNode job, JsonNode synchronous) {
        JsonNode report = job.get("report");
        for (String field : List.of("records", "created", "changed", "closed", "unchanged", "validFrom")) {
            assertThat(report.get(field)).as(field).isEqualTo(synchronous.get(field));
        }
        assertThat(report.get("provinces")).isEqualTo(synchronous.get("provinces"));
    }

    @Test
    void theProgressOnlyMovesForwardReaches100AndTheReportIsTheSynchronousImports() {
        String prefix = prefix();
        byte[] file = schools(prefix, 40);
        UnitApi.Response started = start(provinceAdmin, file);
        String location = location(started);
        assertThat(started.json().get("stateLabel").asString()).isNotBlank();

        List<Integer> percents = new ArrayList<>();
        JsonNode job = awaitFinished(provinceAdmin, location, percents);

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("stateLabel").asString()).isEqualTo("xong");
        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(job.get("records").asInt()).isEqualTo(40);
        assertThat(job.get("writes").asInt()).isEqualTo(40);
        assertThat(job.get("written").asInt()).isEqualTo(40);
        assertThat(job.get("report").get("created").asInt()).isEqualTo(40);
        assertThat(job.get("created").values()).hasSize(40).extracting(u -> u.get("code").asString())
                .contains(prefix + "-001", prefix + "-040");
        assertThat(job.get("created").get(0).get("name").asString()).isEqualTo("Trường Tiểu học số 1");
        assertThat(job.get("changed").values()).isEmpty();
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^" + prefix)), Unit.class)).isEqualTo(40);

        // The same shape of file imported synchronously reports the same.
        UnitApi.Response synchronous = provinceAdmin.postFile("/api/units/imports", "danh-muc.json", schools(prefix(), 40));
        assertThat(synchronous.status()).as(synchronous.body()).isEqualTo(200);
        assertSameReport(job, synchronous.json());

        // The same file again: nothing changes, in the background as synchronously.
        JsonNode again = awaitFinished(provinceAdmin, location(start(provinceAdmin, file)), new ArrayList<>());
        assertThat(again.get("state").asString()).isEqualTo("DONE");
        assertThat(again.get("percent").asInt()).isEqualTo(100);
        assertThat(again.get("report").get("unchanged").asInt()).isEqualTo(40);
        assertThat(again.get("created").values()).isEmpty();
        assertSameReport(again, provinceAdmin.postFile("/api/units/imports", "danh-muc.json", file).json());
    }

    @Test
    void aRefusedFileEndsTheJobWithTheProblemDetailsNamingEachRecordAndNothingIsStored() {
        String prefix = prefix();
        String bad = """
                {"units": [
                  {"code": "%1$s-1", "name": "Trường A", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-2", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-3", "name": "Trường C", "type": "Trường học", "kind": "SCHOOL", "parentCode": "99999"}]}
                """.formatted(prefix);

        JsonNode job = awaitFinished(provinceAdmin, location(start(provinceAdmin, bad.getBytes(StandardCharsets.UTF_8))),
                new ArrayList<>());

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("stateLabel").asString()).isEqualTo("lỗi");
        assertThat(job.get("report").isNull()).isTrue();
        JsonNode problem = job.get("problem");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("rule").asString()).isEqualTo("invalid-unit-import");
        assertThat(problem.get("type").asString()).isEqualTo("urn:antt:problem:invalid-unit-import");
        assertThat(problem.get("title").asString()).isEqualTo("Tệp danh mục đơn vị không hợp lệ");
        assertThat(problem.get("errors").values()).extracting(e -> e.get("record").asString(), e -> e.get("rule").asString())
                .containsExactlyInAnyOrder(tuple(prefix + "-2", "missing-name"), tuple(prefix + "-3", "unknown-parent"));
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^" + prefix)), Unit.class)).isZero();
    }

    @Test
    void onlyOneImportJobRunsAtATime() {
        String first = location(start(provinceAdmin, schools(prefix(), 1500)));

        UnitApi.Response second = start(provinceAdmin, schools(prefix(), 1));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("rule").asString()).isEqualTo("unit-import-conflict");
        assertThat(second.json().get("detail").asString()).contains("Another import of units is running");
        assertThat(awaitFinished(provinceAdmin, first, new ArrayList<>()).get("state").asString()).isEqualTo("DONE");
        String next = location(start(provinceAdmin, schools(prefix(), 1)));
        assertThat(awaitFinished(provinceAdmin, next, new ArrayList<>()).get("state").asString()).isEqualTo("DONE");
    }

    @Test
    void aJobIsReadByItsStarterOrAnAdminOfTheSameUnitOnly() {
        String location = location(start(provinceAdmin, schools(prefix(), 2)));
        awaitFinished(provinceAdmin, location, new ArrayList<>());

        UnitApi otherAdminOfTheProvince = new UnitApi(port, TestTokens.issue("quantri.tinh2", Units.QUANG_NGAI, "ADMIN"));
        assertThat(otherAdminOfTheProvince.get(location).status()).isEqualTo(200);

        UnitApi clerk = new UnitApi(port, TestTokens.issue("vanthu.tinh", Units.QUANG_NGAI, "CLERK"));
        UnitApi.Response byClerk = clerk.get(location);
        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(byClerk.json().get("rule").asString()).isEqualTo("access-refused");
        UnitApi otherProvinceAdmin = new UnitApi(port, TestTokens.issue("quantri.binhdinh", "52", "ADMIN"));
        UnitApi.Response byOtherProvince = otherProvinceAdmin.get(location);
        assertThat(byOtherProvince.status()).as(byOtherProvince.body()).isEqualTo(403);
        assertThat(byOtherProvince.json().get("rule").asString()).isEqualTo("access-refused");
        assertThat(provinceAdmin.get("/api/units/import-jobs/" + UUID.randomUUID()).json().get("rule").asString())
                .isEqualTo("unit-import-job-not-found");

        // Starting one: a clerk is refused at once; another province's admin once the file shows it is Quảng Ngãi's.
        UnitApi.Response clerkStarts = start(clerk, schools(prefix(), 1));
        assertThat(clerkStarts.status()).as(clerkStarts.body()).isEqualTo(403);
        assertThat(clerkStarts.json().get("rule").asString()).isEqualTo("access-refused");
        String prefix = prefix();
        JsonNode refused = awaitFinished(otherProvinceAdmin, location(start(otherProvinceAdmin, schools(prefix, 2))),
                new ArrayList<>());
        assertThat(refused.get("state").asString()).isEqualTo("FAILED");
        assertThat(refused.at("/problem/status").asInt()).isEqualTo(403);
        assertThat(refused.at("/problem/rule").asString()).isEqualTo("access-refused");
        assertThat(refused.at("/problem/detail").asString()).contains("province 51");
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^" + prefix)), Unit.class)).isZero();
    }
}
