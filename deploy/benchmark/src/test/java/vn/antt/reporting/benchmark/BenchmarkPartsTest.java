package vn.antt.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class BenchmarkPartsTest {

    @Test
    void percentilesAreNearestRank() {
        Stats stats = new Stats();
        for (int i = 1; i <= 100; i++) {
            stats.add(i);
        }
        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(new Stats().percentile(50)).isNaN();
    }

    @Test
    void withoutTheOfficialListTheTreeHasItsShape() throws Exception {
        Hierarchy tree = Hierarchy.load(Path.of("no-such-file.json"), 63);
        assertThat(tree.provinces()).hasSize(63);
        assertThat(tree.communes()).hasSize(10_047);
        assertThat(tree.provinceOf()).hasSize(693);
        String commune = tree.communes().get(5000);
        assertThat(tree.provinceOfCommune(commune)).isEqualTo(commune.substring(0, 3));
        JsonNode body = Platform.JSON.readTree(tree.importBody());
        assertThat(body.get("units")).hasSize(63 + 693 + 10_047);
    }

    @Test
    void aSubmissionFollowsTheDemoOutline() {
        JsonNode body = Platform.JSON.readTree(BenchmarkMain.submission("kh-x", "21217", 7));
        assertThat(body.at("/document/number").asString()).isEqualTo("7/BC-UBND");
        assertThat(body.get("sections")).hasSize(5);
        assertThat(body.at("/figures/0/indicator").asString()).isEqualTo("propaganda.sessions");
    }

    @Test
    void refusalsAreCountedByStatusAndTheProblemsRule() {
        Refusals refusals = new Refusals();
        refusals.add(new Platform.Answer(409, "{\"type\":\"urn:antt:problem:review-level-decided\",\"rule\":\"review-level-decided\"}", 1));
        refusals.add(new Platform.Answer(409, "{\"type\":\"urn:antt:problem:review-level-decided\",\"rule\":\"review-level-decided\"}", 1));
        refusals.add(new Platform.Answer(504, "{\"type\":\"urn:antt:problem:service-timeout\",\"status\":504}", 1));
        refusals.add(new Platform.Answer(502, "<html>bad gateway</html>", 1));
        refusals.add(new Platform.Answer(599, "java.net.ConnectException: Connection refused", 1));
        assertThat(refusals.toMap()).containsExactly(Map.entry("409 review-level-decided", 2), Map.entry("502 no-problem-details", 1),
                Map.entry("504 service-timeout", 1), Map.entry("599 no-answer (ConnectException)", 1));
        assertThat(refusals.total()).isEqualTo(5);
    }

    @Test
    void storeOperationsAreTheMongoCommandCountsPerServiceLessPingsAndIndexesPerAcceptedSubmission() {
        String before = """
                # HELP mongodb_driver_commands_seconds Timer of mongodb commands
                # TYPE mongodb_driver_commands_seconds summary
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="submissions",command="find",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 10
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="submissions",command="find",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 0.5
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unknown",command="ping",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 3
                """;
        String after = """
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="submissions",command="find",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 30
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="submissions",command="find",database="submission",server_address="127.0.0.1:27017",status="FAILED"} 2
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="submissions",command="insert",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 10
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="submissions",command="createIndexes",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 3
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unknown",command="ping",database="submission",server_address="127.0.0.1:27017",status="SUCCESS"} 9
                """;
        assertThat(StoreOperations.parse(before)).containsExactly(Map.entry("submissions find", 10L));
        Map<String, Object> report = StoreOperations.perSubmission(Map.of("submission-service", StoreOperations.parse(before)),
                Map.of("submission-service", StoreOperations.parse(after)), 10);
        assertThat(report.get("totalPerAcceptedSubmission")).isEqualTo(3.2);
        Map<?, ?> service = (Map<?, ?>) ((Map<?, ?>) report.get("services")).get("submission-service");
        assertThat(service.get("operations")).isEqualTo(32L);
        assertThat(service.get("perCollectionAndCommand")).isEqualTo(Map.of("submissions find", 2.2, "submissions insert", 1.0));

        // Less what the service sent per second while idle (0,5/s over the 20 s between the snapshots: 10 of the 32).
        Map<String, Object> lessIdle = StoreOperations.perSubmission(Map.of("submission-service", StoreOperations.parse(before)),
                Map.of("submission-service", StoreOperations.parse(after)), 10, Map.of("submission-service", 0.5), 20);
        assertThat(lessIdle.get("totalPerAcceptedSubmissionLessIdle")).isEqualTo(2.2);
        assertThat(StoreOperations.rates(Map.of("submission-service", StoreOperations.parse(before)),
                Map.of("submission-service", StoreOperations.parse(after)), 4)).containsEntry("submission-service", 8.0);
    }

    @Test
    void aServicesConsumerLagIsTheSumOfItsBindersOffsetGauges() {
        assertThat(StoreOperations.lag("""
                # TYPE spring_cloud_stream_binder_kafka_offset gauge
                spring_cloud_stream_binder_kafka_offset{group="review-service",topic="plans"} 0.0
                spring_cloud_stream_binder_kafka_offset{group="review-service",topic="submission-events"} 8461.0
                spring_cloud_stream_binder_kafka_offset{group="review-service",topic="unit-directory"} 3.0
                """)).isEqualTo(8464);
        assertThat(StoreOperations.lag("jvm_threads_live_threads 40.0\n")).isEqualTo(-1);
    }
}
