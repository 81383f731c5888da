package vn.antt.reporting.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.UnitHistory;
import vn.antt.reporting.aggregation.rollup.UnitHistory.Shape;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.StoreCommands;

/**
 * The rebuild of plans over several provinces, each a tree of province, districts and communes that all report: what a
 * hand-made corruption of the live contributions changed is exactly what it finds, and it asks the store the same
 * number of queries for a plan of 9 nodes as for one of 100, clean or not (the live contributions are read once, and
 * the nodes above one that differs are computed from what is in memory).
 */
class MultiProvinceRebuildIntegrationTest extends AggregationApiTest {

    @Autowired
    private RollupRebuild rebuild;

    @Autowired
    private StoreCommands commands;

    @Test
    void aRebuildFindsExactlyTheNodesAndUnitsThatACorruptionOfOneNodePerLevelChanged() {
        String planId = "kh-nhieu-tinh-" + UUID.randomUUID();
        List<UnitRef> units = tree("A", 3, 2, 3);
        PlanPublished plan = publish(planOf(planId, units).build());
        // Each level's corrupted unit has a report in at version 1; the others take every shape in turn.
        UnitRef commune = unit(units, "A1-D1-C2");
        UnitRef district = unit(units, "A2-D2");
        UnitRef province = unit(units, "A3");
        Random random = new Random(21);
        List<UnitHistory> histories = new ArrayList<>();
        Shape[] shapes = Shape.values();
        for (int i = 0; i < units.size(); i++) {
            UnitRef unit = units.get(i);
            Shape shape = unit.equals(commune) ? Shape.ACCEPTED : unit.equals(district) || unit.equals(province) ? Shape.SUBMITTED
                    : shapes[i % shapes.length];
            histories.add(UnitHistory.of(planId, unit, shape, random));
        }
        publishShuffledWithRepeats(histories, new Random(22));
        awaitLiveEqualsTheLog(plan);

        // The commune's figures altered, the district's report lost, the province's acceptance invented.
        mongo.updateFirst(byId(planId, commune), new Update().set("versions.v1.figures", List.of(FigureValue.exact("propaganda.sessions", 999))),
                Contribution.class);
        mongo.remove(byId(planId, district), Contribution.class);
        mongo.updateFirst(byId(planId, province), new Update().addToSet("versions.v1.acceptedLevels", 1)
                .addToSet("versions.v1.acceptedBy", "A3"), Contribution.class);

        RebuildReport report = rebuild.rebuild(plan, false);

        assertThat(report.nodesCompared()).isEqualTo(units.size());
        // Only the nodes at or above a unit that differs are computed, on both sides.
        assertThat(report.nodesRecomputed()).isEqualTo(6);
        // Each corrupted unit's own node and every node above it; nothing else. Nodes in the plan's order, then units.
        assertThat(report.differences()).containsExactly(
                "node A1", "node A1-D1", "node A1-D1-C2",
                "node A2", "node A2-D2",
                "node A3",
                "unit A1-D1-C2", "unit A2-D2", "unit A3");

        // Put right, the rebuild finds nothing again.
        assertThat(rebuild.rebuild(plan, true).differences()).isEqualTo(report.differences());
        RebuildReport clean = rebuild.rebuild(plan, false);
        assertThat(clean.differences()).isEmpty();
        assertThat(clean.nodesRecomputed()).isZero();
    }

    @Test
    void theStoreIsAskedTheSameQueriesForElevenTimesTheNodes() {
        PlanPublished small = planWithReports("A", 1, 2, 3);
        PlanPublished large = planWithReports("B", 4, 4, 5);
        assertThat(large.expectedUnits()).hasSize(4 + 4 * 4 + 4 * 4 * 5);
        assertThat(small.expectedUnits()).hasSize(1 + 2 + 2 * 3);
        awaitLiveEqualsTheLog(small);
        awaitLiveEqualsTheLog(large);

        Map<String, Long> smallQueries = queries(() -> rebuild.rebuild(small, false));
        Map<String, Long> largeQueries = queries(() -> rebuild.rebuild(large, false));

        System.out.println("Store queries of a rebuild: " + small.expectedUnits().size() + " nodes " + smallQueries + ", "
                + large.expectedUnits().size() + " nodes " + largeQueries);
        assertThat(largeQueries).isEqualTo(smallQueries);
        // The plan's live and rebuilt contributions, the comparison's count, the names of the nodes, the outline and the
        // plans: a handful, not a query per node (it was 2 per node and side before).
        assertThat(smallQueries.values().stream().mapToLong(Long::longValue).sum()).isLessThan(small.expectedUnits().size());

        // With a commune's contribution lost in each, the nodes above it are computed too: still the same queries.
        mongo.remove(byId(small.planId(), "A1-D1-C1"), Contribution.class);
        mongo.remove(byId(large.planId(), "B1-D1-C1"), Contribution.class);
        Map<String, Long> smallDamaged = queries(() -> assertDiffers(rebuild.rebuild(small, false), "A1-D1-C1"));
        Map<String, Long> largeDamaged = queries(() -> assertDiffers(rebuild.rebuild(large, false), "B1-D1-C1"));
        assertThat(largeDamaged).isEqualTo(smallDamaged);
        assertThat(smallDamaged.values().stream().mapToLong(Long::longValue).sum()).isLessThan(small.expectedUnits().size());
    }

    private static RebuildReport assertDiffers(RebuildReport report, String commune) {
        String district = commune.substring(0, commune.lastIndexOf('-'));
        String province = district.substring(0, district.lastIndexOf('-'));
        assertThat(report.differences()).containsExactly("node " + province, "node " + district, "node " + commune, "unit " + commune);
        assertThat(report.nodesRecomputed()).isEqualTo(3);
        return report;
    }

    private PlanPublished planWithReports(String prefix, int provinces, int districts, int communes) {
        String planId = "kh-" + prefix + "-" + UUID.randomUUID();
        List<UnitRef> units = tree(prefix, provinces, districts, communes);
        PlanPublished plan = publish(planOf(planId, units).build());
        publishShuffledWithRepeats(UnitHistory.every(planId, units, new Random(prefix.hashCode())), new Random(23));
        return plan;
    }

    /**
     * Every event of the histories, a third of them twice, in a random order across both topics (as
     * {@link UnitHistory#publishShuffledWithRepeats}), sent together per topic rather than one producer per event.
     */
    private static void publishShuffledWithRepeats(List<UnitHistory> histories, Random random) {
        List<DomainEvent> events = new ArrayList<>();
        histories.forEach(h -> events.addAll(h.events()));
        events.addAll(new ArrayList<>(events.subList(0, events.size() / 3)));
        Collections.shuffle(events, random);
        Map<String, List<Map.Entry<String, byte[]>>> byTopic = new LinkedHashMap<>();
        for (DomainEvent event : events) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/test", Instant.now(), event);
            byTopic.computeIfAbsent(EventCatalog.entryFor(event.getClass()).topic(), t -> new ArrayList<>())
                    .add(Map.entry(envelope.partitionKey(), KafkaEvents.encode(envelope)));
        }
        byTopic.forEach(KafkaEvents::publishTogether);
    }

    /** The find, count and aggregate commands the action sends the store from this thread, by name (getMore excluded). */
    private Map<String, Long> queries(Supplier<RebuildReport> action) {
        List<String> sent = commands.during(action::get).stream().map(command -> command.split(" ")[0]).toList();
        return sent.stream().filter(name -> List.of("find", "count", "aggregate", "distinct").contains(name))
                .collect(Collectors.groupingBy(name -> name, java.util.TreeMap::new, Collectors.counting()));
    }

    /** Until the live consumers have recorded every event: the rebuild from the log finds the live state equal to it. */
    private void awaitLiveEqualsTheLog(PlanPublished plan) {
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> rebuild.rebuild(plan, false).differences().isEmpty());
    }

    /**
     * {@code provinces} provinces named {@code prefix}1…, each with {@code districts} districts and each of those with
     * {@code communes} communes; every one of them an expected unit (a province and a district compile their report).
     */
    private static List<UnitRef> tree(String prefix, int provinces, int districts, int communes) {
        List<UnitRef> units = new ArrayList<>();
        for (int p = 1; p <= provinces; p++) {
            String province = prefix + p;
            units.add(new UnitRef(province, "Tỉnh Thử Nghiệm " + province, "PROVINCE", List.of()));
            for (int d = 1; d <= districts; d++) {
                String district = province + "-D" + d;
                units.add(new UnitRef(district, "Huyện Thử Nghiệm " + district, "DISTRICT", List.of(province)));
                for (int c = 1; c <= communes; c++) {
                    String code = district + "-C" + c;
                    units.add(new UnitRef(code, "Xã Thử Nghiệm " + code, "COMMUNE", List.of(province, district)));
                }
            }
        }
        return units;
    }

    private static UnitRef unit(List<UnitRef> units, String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static Query byId(String planId, UnitRef unit) {
        return byId(planId, unit.code());
    }

    private static Query byId(String planId, String unitCode) {
        return Query.query(Criteria.where("_id").is(Contribution.idOf(planId, unitCode)));
    }
}
