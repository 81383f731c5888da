package vn.antt.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
    void aPhasesStagesAreTheMeansOfAggregationsLagTimersAndContributionWritesBetweenTwoSnapshots() {
        String before = """
                reporting_rollup_intake_lag_seconds_count{application="aggregation-service",stage="relay",topic="submission-events"} 100
                reporting_rollup_intake_lag_seconds_sum{application="aggregation-service",stage="relay",topic="submission-events"} 20.0
                reporting_rollup_intake_lag_seconds_count{application="aggregation-service",stage="consume",topic="submission-events"} 100
                reporting_rollup_intake_lag_seconds_sum{application="aggregation-service",stage="consume",topic="submission-events"} 50.0
                reporting_rollup_intake_batches_total{application="aggregation-service",topic="submission-events"} 10
                reporting_rollup_intake_records_total{application="aggregation-service",topic="submission-events"} 100
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unit_contributions",command="update",status="SUCCESS"} 10
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="unit_contributions",command="update",status="SUCCESS"} 1.0
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unit_contributions",command="find",status="SUCCESS"} 7
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="unit_contributions",command="find",status="SUCCESS"} 9.0
                """;
        // 300 records more in 20 polls, 0,5 s each in the relay and 2 s in broker and consumer on average; 20 bulk writes
        // of 3 s on average (a failed one counts: it took the time); the finds are not writes.
        String after = """
                reporting_rollup_intake_lag_seconds_count{application="aggregation-service",stage="relay",topic="submission-events"} 400
                reporting_rollup_intake_lag_seconds_sum{application="aggregation-service",stage="relay",topic="submission-events"} 170.0
                reporting_rollup_intake_lag_seconds_count{application="aggregation-service",stage="consume",topic="submission-events"} 400
                reporting_rollup_intake_lag_seconds_sum{application="aggregation-service",stage="consume",topic="submission-events"} 650.0
                reporting_rollup_intake_batches_total{application="aggregation-service",topic="submission-events"} 30
                reporting_rollup_intake_records_total{application="aggregation-service",topic="submission-events"} 400
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unit_contributions",command="update",status="FAILED"} 1
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="unit_contributions",command="update",status="FAILED"} 0.0
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unit_contributions",command="update",status="SUCCESS"} 29
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="unit_contributions",command="update",status="SUCCESS"} 61.0
                mongodb_driver_commands_seconds_count{cluster_id="c",collection="unit_contributions",command="find",status="SUCCESS"} 90
                mongodb_driver_commands_seconds_sum{cluster_id="c",collection="unit_contributions",command="find",status="SUCCESS"} 99.0
                """;
        Map<String, Object> stages = Stages.between(Stages.parse(before), Stages.parse(after));
        assertThat(stages.get("submission-events")).isEqualTo(Map.of("records", 300L, "polls", 20L, "relayMeanMs", 500.0,
                "brokerAndConsumerMeanMs", 2000.0));
        // Nothing of review-events recorded: its stages are absent, not 0.
        assertThat(stages.get("review-events")).isEqualTo(Map.of("records", 0L, "polls", 0L));
        assertThat(stages.get("storeBulkWriteMeanMs")).isEqualTo(3000.0);
        assertThat(stages.get("storeBulkWrites")).isEqualTo(20L);
        assertThat(stages.get("storeBulkWriteSeconds")).isEqualTo(60.0);
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

    @Test
    void aCaseStepIsDoneAgainOnlyWhenTheCaseIsNotThereYet() {
        Platform.Answer notThereYet = new Platform.Answer(404,
                "{\"type\":\"urn:antt:problem:review-case-not-found\",\"rule\":\"review-case-not-found\"}", 1);
        assertThat(Cases.next(Cases.Step.SUBMIT, new Platform.Answer(201, "{}", 1))).isEqualTo(Cases.Next.DONE);
        assertThat(Cases.next(Cases.Step.SUBMIT, new Platform.Answer(200, "{}", 1))).isEqualTo(Cases.Next.REFUSED);
        assertThat(Cases.next(Cases.Step.SUBMIT, notThereYet)).isEqualTo(Cases.Next.REFUSED);
        assertThat(Cases.next(Cases.Step.DISTRICT, new Platform.Answer(200, "{}", 1))).isEqualTo(Cases.Next.DONE);
        assertThat(Cases.next(Cases.Step.DISTRICT, notThereYet)).isEqualTo(Cases.Next.AGAIN);
        assertThat(Cases.next(Cases.Step.PROVINCE, notThereYet)).isEqualTo(Cases.Next.AGAIN);
        assertThat(Cases.next(Cases.Step.PROVINCE, new Platform.Answer(404, "{\"type\":\"urn:antt:problem:plan-not-found\"}", 1)))
                .isEqualTo(Cases.Next.REFUSED);
        assertThat(Cases.next(Cases.Step.PROVINCE, new Platform.Answer(409, "{\"rule\":\"review-level-decided\"}", 1)))
                .isEqualTo(Cases.Next.REFUSED);
        assertThat(Cases.next(Cases.Step.DISTRICT, new Platform.Answer(504, "{\"type\":\"urn:antt:problem:service-timeout\"}", 1)))
                .isEqualTo(Cases.Next.REFUSED);
        assertThat(Cases.next(Cases.Step.DISTRICT, new Platform.Answer(599, "java.net.ConnectException: refused", 1)))
                .isEqualTo(Cases.Next.REFUSED);
    }

    @Test
    void theCasesCommunesAreDistinctSpreadAndTheSameEveryRun() throws Exception {
        Hierarchy tree = Hierarchy.load(Path.of("no-such-file.json"), 5);
        List<String> picked = Cases.pick(tree, 600, 21);
        assertThat(picked).hasSize(600).doesNotHaveDuplicates().isEqualTo(Cases.pick(tree, 600, 21));
        assertThat(tree.communes()).containsAll(picked);
        assertThat(new HashSet<>(picked.stream().map(tree::provinceOfCommune).toList())).hasSize(5);
        assertThat(Cases.pick(tree, 100_000, 21)).hasSize(tree.communes().size());
    }

    @Test
    void theCasesPlanListsItsCommunesAndIsReviewedByDistrictThenProvince() {
        JsonNode plan = Platform.JSON.valueToTree(Cases.planRequest("kh-ho-so-abc12", List.of("S01D01C01", "S02D03C04"), "S01",
                Instant.parse("2026-12-03T10:00:00Z")));
        assertThat(plan.get("number").asString()).isEqualTo("ABC12/KH-HS");
        assertThat(plan.at("/participants/units")).hasSize(2);
        assertThat(plan.at("/participants/units/1").asString()).isEqualTo("S02D03C04");
        assertThat(plan.at("/participants/rules").isMissingNode()).isTrue();
        assertThat(plan.at("/reviewChains/0/unitKind").asString()).isEqualTo("COMMUNE");
        assertThat(plan.at("/reviewChains/0/levels").toString()).isEqualTo("[\"DISTRICT\",\"PROVINCE\"]");
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2025-03-01");
        assertThat(plan.get("deadline").asString()).isEqualTo("2026-12-03T17:00+07:00");
    }

    @Test
    void casesPerSecondCountOnlyCompleteCasesAndRefusalsAreByStepStatusAndRule() {
        Cases.Tally tally = new Cases.Tally();
        Platform.Answer notThereYet = new Platform.Answer(404, "{\"rule\":\"review-case-not-found\"}", 5);
        for (int i = 1; i <= 99; i++) {
            tally.answered(Cases.Step.SUBMIT, new Platform.Answer(201, "{}", 100));
            tally.answered(Cases.Step.DISTRICT, notThereYet);
            tally.answered(Cases.Step.DISTRICT, new Platform.Answer(200, "{}", 50));
            tally.answered(Cases.Step.PROVINCE, new Platform.Answer(200, "{}", 40));
            tally.complete(i * 10);
        }
        tally.answered(Cases.Step.SUBMIT, new Platform.Answer(201, "{}", 100));
        tally.answered(Cases.Step.DISTRICT, new Platform.Answer(504, "{\"type\":\"urn:antt:problem:service-timeout\"}", 10_000));
        tally.answered(Cases.Step.SUBMIT, new Platform.Answer(503, "{\"type\":\"urn:antt:problem:service-unavailable\"}", 3));
        tally.seconds = 2;

        Map<String, Object> report = tally.toMap(101, 32, java.time.Duration.ofMillis(250));
        assertThat(report.get("completed")).isEqualTo(99);
        assertThat(report.get("refused")).isEqualTo(2);
        assertThat(report.get("casesPerSecond")).isEqualTo(49.5);
        assertThat(report.get("ratioToEmbeddedEngine")).isEqualTo(0.99);
        assertThat(report.get("perCaseP50Ms")).isEqualTo(500.0);
        assertThat(report.get("perCaseP99Ms")).isEqualTo(990.0);
        assertThat(report.get("refusedByStepStatusAndRule")).isEqualTo(Map.of("submit", Map.of("503 service-unavailable", 1),
                "district", Map.of("504 service-timeout", 1)));
        Map<?, ?> district = (Map<?, ?>) ((Map<?, ?>) report.get("steps")).get("district");
        assertThat(district.get("answers")).isEqualTo(199);
        assertThat(district.get("notThereYet")).isEqualTo(99);
        assertThat(report.get("statuses")).isEqualTo(Map.of(201, 100, 404, 99, 200, 198, 504, 1, 503, 1));
    }
}
