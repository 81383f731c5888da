package vn.antt.reporting.aggregation.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.ContributionLedger;
import vn.antt.reporting.aggregation.rollup.RollupCalculator.PlanState;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.aggregation.rollup.RollupService.LoadedPlan;
import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * Rebuilds a plan's contributions from the event log, from scratch: every record of {@code submission-events} and
 * {@code review-events} from offset 0 is replayed in memory, with the facts each event adds as the live ledger adds them
 * in the store ({@link ContributionLedger#replay}); then the live contributions are compared with the rebuilt ones in one
 * pass, as they are read, and the roll-ups of the nodes above those that differ on both sides. Nothing is written unless {@code replace}: then the rebuilt contributions become the
 * live ones and the records that arrived meanwhile are applied again through the ledger (it is idempotent, so applying
 * one twice changes nothing), so no event is lost by the swap.
 */
@Component
public class RollupRebuild {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.SUBMISSION_EVENTS, Topics.REVIEW_EVENTS);

    private final MongoTemplate mongo;
    private final ContributionLedger ledger;
    private final RollupService rollups;
    private final CloudEventCodec codec;
    private final String brokers;

    RollupRebuild(MongoTemplate mongo, ContributionLedger ledger, RollupService rollups, CloudEventCodec codec,
                  @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.rollups = rollups;
        this.codec = codec;
        this.brokers = brokers;
    }

    public RebuildReport rebuild(PlanPublished plan, boolean replace) {
        long started = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Counts counts = new Counts();
            Map<String, Contribution> replayed = new HashMap<>();
            readUntil(consumer, consumer.endOffsets(partitions), plan.planId(), counts,
                    events -> events.forEach(event -> ContributionLedger.replay(event, replayed)));
            Map<String, Contribution> rebuilt = asStored(replayed);
            long read = System.nanoTime();

            Instant now = Instant.now();
            Comparison comparison = compare(plan, rebuilt, now);
            long compared = System.nanoTime();
            long nodes = RollupService.nodesOf(plan).size();
            if (replace) {
                replaceLive(plan.planId(), rebuilt.values());
                // Records that arrived while rebuilding went to the old live documents: apply them again.
                readUntil(consumer, consumer.endOffsets(partitions), plan.planId(), counts, ledger::applyAll);
            }
            log.info("Rebuilt plan {} from {} events: {} contributions, {} node(s) compared ({} recomputed), {} difference(s){}; log "
                    + "read and replayed in {} ms, compared in {} ms", plan.planId(), counts.read, rebuilt.size(), nodes,
                    comparison.nodesRecomputed(), comparison.differences().size(), replace ? ", live replaced" : "",
                    (read - started) / 1_000_000, (compared - read) / 1_000_000);
            return new RebuildReport(plan.planId(), counts.read.get(), counts.unreadable.get(), rebuilt.size(), nodes,
                    comparison.nodesRecomputed(), comparison.differences(), replace,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    private static final class Counts {
        final AtomicLong read = new AtomicLong();
        final AtomicLong unreadable = new AtomicLong();
    }

    private void readUntil(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end, String planId, Counts counts,
                           Consumer<List<DomainEvent>> apply) {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            // The plan's events of a poll together: in memory they are one pass, to the store one bulk write, as the
            // live consumer writes a batch (the upserts commute and repeat harmlessly).
            List<DomainEvent> events = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                counts.read.incrementAndGet();
                DomainEvent event;
                try {
                    event = codec.decode(record.value()).data();
                } catch (RuntimeException unreadable) {
                    counts.unreadable.incrementAndGet();
                    continue;
                }
                if (event instanceof VersionEvent version && version.planId().equals(planId)) {
                    events.add(event);
                }
            }
            if (!events.isEmpty()) {
                apply.accept(events);
            }
        }
    }

    /**
     * The replayed contributions replaced by what the store would give back for them (instants to the millisecond,
     * numbers as it keeps them): the live ones are read from the store, and a difference must be one of facts, not of
     * form. In place, so the plan's contributions are held once.
     */
    private Map<String, Contribution> asStored(Map<String, Contribution> replayed) {
        MongoConverter converter = mongo.getConverter();
        replayed.replaceAll((unit, contribution) -> {
            org.bson.Document document = new org.bson.Document();
            converter.write(contribution, document);
            return converter.read(Contribution.class, document);
        });
        return replayed;
    }

    /** What a comparison found, and how many nodes it computed (on each side) to find it. */
    record Comparison(List<String> differences, long nodesRecomputed) {
    }

    /**
     * Every unit's contribution and every node's roll-up, live against rebuilt; the nodes and units that differ. One pass:
     * the plan's live contributions are read as a stream and each is compared with its rebuilt one as it comes, so only
     * those that differ are kept (the rebuilt ones are in memory already). A node's roll-up is a function of the plan and
     * the contributions of the units below it ({@link vn.antt.reporting.aggregation.rollup.RollupCalculator}), the same
     * on both sides but for those: only the nodes at or above a unit that differs can differ, and only they are computed,
     * on both sides, from the rebuilt contributions with the differing live ones laid over them. When no unit differs,
     * no node can, and nothing more is read. What it holds meanwhile is the rebuilt contributions, the differing live
     * ones, and, when some differ, the units below each node (one reference per unit and level).
     */
    private Comparison compare(PlanPublished plan, Map<String, Contribution> rebuilt, Instant now) {
        Map<String, Contribution> differingLive = new HashMap<>();
        Set<String> seen = new HashSet<>();
        rollups.eachContribution(plan.planId(), live -> {
            seen.add(live.unitCode());
            if (!live.equals(rebuilt.get(live.unitCode()))) {
                differingLive.put(live.unitCode(), live);
            }
        });
        Set<String> differingUnits = new TreeSet<>(differingLive.keySet());
        rebuilt.keySet().stream().filter(unit -> !seen.contains(unit)).forEach(differingUnits::add);
        if (differingUnits.isEmpty()) {
            return new Comparison(List.of(), 0);
        }

        Set<String> affected = new HashSet<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            if (differingUnits.contains(unit.code())) {
                affected.addAll(unit.ancestry());
                affected.add(unit.code());
            }
        }
        Map<String, Contribution> live = new HashMap<>(rebuilt);
        for (String unit : differingUnits) {
            Contribution contribution = differingLive.get(unit);
            if (contribution == null) {
                live.remove(unit);
            } else {
                live.put(unit, contribution);
            }
        }
        // Comparison plans (same period last year) are read from the live contributions, for both sides.
        Map<String, Map<String, Contribution>> earlier = new HashMap<>();
        Function<String, Map<String, Contribution>> liveOf = planId -> planId.equals(plan.planId()) ? live
                : earlier.computeIfAbsent(planId, rollups::contributions);
        LoadedPlan loaded = rollups.load(plan, liveOf, rollups.namesOfEveryNode(plan));
        // The units below each node listed once for both sides: every node's roll-up without looking through the plan.
        PlanState indexed = loaded.state().indexed();
        PlanState comparison = loaded.comparison() == null ? null : loaded.comparison().indexed();
        LoadedPlan liveState = new LoadedPlan(plan, indexed, comparison, loaded.lineage(), loaded.indicators(), loaded.names());
        LoadedPlan rebuiltState = new LoadedPlan(plan, indexed.with(rebuilt), comparison, loaded.lineage(), loaded.indicators(),
                loaded.names());

        List<String> differences = new ArrayList<>();
        long recomputed = 0;
        for (String node : RollupService.nodesOf(plan)) {
            if (!affected.contains(node)) {
                continue;
            }
            recomputed++;
            if (!RollupService.compute(liveState, node, null, now).equals(RollupService.compute(rebuiltState, node, null, now))) {
                differences.add("node " + node);
            }
        }
        differingUnits.forEach(unit -> differences.add("unit " + unit));
        return new Comparison(differences, recomputed);
    }

    /** The rebuilt contributions become the live ones, in one bulk write; a live one the log does not have goes. */
    private void replaceLive(String planId, Collection<Contribution> rebuilt) {
        Set<String> ids = new HashSet<>();
        if (!rebuilt.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Contribution.class, Contribution.COLLECTION);
            for (Contribution contribution : rebuilt) {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(contribution.id())), contribution,
                        FindAndReplaceOptions.options().upsert());
                ids.add(contribution.id());
            }
            bulk.execute();
        }
        mongo.remove(Query.query(Criteria.where("planId").is(planId).and("_id").nin(ids)), Contribution.COLLECTION);
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                // Only committed records count, as for the live consumers.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    }
}
