package vn.antt.reporting.aggregation.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.ContributionChanged;
import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.streams.OpenStreams;
import vn.antt.reporting.platform.streams.StreamSubscribers;

/**
 * Server-Sent Events for dashboards. Each event is the node's whole roll-up; its id is a digest of the content,
 * so a client that reconnects with {@code Last-Event-ID} gets the current state at once if anything changed while
 * it was away, and nothing if not. That holds across restarts and instances, which a counter kept in memory
 * would not. Changes seen here are pushed every {@code push-interval}, re-reading only the changed units'
 * contributions; every {@code resync-interval} the followed plans are read whole and all subscribed roll-ups
 * recomputed anyway.
 */
@Component
public class DashboardStreams extends OpenStreams<DashboardStreams.Subscription> {

    static final String EVENT_NAME = "rollup";
    private static final Logger log = LoggerFactory.getLogger(DashboardStreams.class);

    private final RollupService rollups;
    private final DashboardProperties properties;
    private final JsonMapper json;
    /** Per followed subscription, the id of the last event its streams were sent. */
    private final Map<Subscription, String> lastSent = new ConcurrentHashMap<>();
    /** Per plan, the units whose contribution changed since the last push. */
    private final Map<String, Set<String>> changedUnits = new ConcurrentHashMap<>();
    /**
     * Per followed plan (and comparison plan), its contributions by unit as last read: a push re-reads only the units
     * that changed, not a nation-wide plan's 10.047. Used under this object's lock (pushes and resyncs).
     */
    private final Map<String, Map<String, Contribution>> known = new HashMap<>();

    DashboardStreams(RollupService rollups, DashboardProperties properties, JsonMapper json, MeterRegistry meters) {
        super(properties.heartbeatInterval());
        this.rollups = rollups;
        this.properties = properties;
        this.json = json;
        Gauge.builder("reporting.dashboard.streams", this, streams -> streams.subscribers().size())
                .description("open dashboard streams").register(meters);
    }

    /** What a stream follows: one node of one plan, optionally one kind of unit. */
    record Subscription(String planId, String node, String kind) {
    }


    public SseEmitter subscribe(Caller caller, String planId, String node, String kind, String lastEventId) {
        // Access, plan, node and kind are checked before the stream opens; the snapshot is the first event.
        NodeRollup rollup = rollups.snapshot(caller, planId, node, kind);
        Subscription subscription = new Subscription(planId, node, kind);
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        String id = eventIdOf(rollup);
        if (!id.equals(lastEventId)) {
            StreamSubscribers.send(emitter, event(id, rollup));
        }
        lastSent.put(subscription, id);
        return subscribers().subscribe(subscription, emitter);
    }

    @EventListener
    void onChange(ContributionChanged change) {
        // compute/remove are atomic per plan: a unit recorded here is either in the set a push takes, or in the next.
        changedUnits.compute(change.planId(), (plan, units) -> {
            Set<String> changed = units == null ? new HashSet<>() : units;
            changed.add(change.unitCode());
            return changed;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        super.configureTasks(tasks); // the heartbeat
        tasks.addFixedDelayTask(this::pushChanges, properties.pushInterval());
        tasks.addFixedDelayTask(this::resync, properties.resyncInterval());
    }

    synchronized void pushChanges() {
        if (changedUnits.isEmpty()) {
            return;
        }
        Map<String, Set<String>> changed = new HashMap<>();
        for (String planId : Set.copyOf(changedUnits.keySet())) {
            Set<String> units = changedUnits.remove(planId);
            if (units != null) {
                changed.put(planId, units);
            }
        }
        changed.forEach((planId, units) -> {
            Map<String, Contribution> kept = known.get(planId);
            if (kept == null) {
                return; // read whole when a followed roll-up needs it
            }
            try {
                kept.putAll(rollups.contributions(planId, units));
            } catch (RuntimeException e) {
                known.remove(planId);
            }
        });
        pushWhere(s -> changed.containsKey(s.planId()) || changed.containsKey(comparisonOf(s.planId())));
    }

    /** Reads every followed plan whole again: changes another instance recorded, or a rebuild swapped in. */
    synchronized void resync() {
        known.clear();
        pushWhere(s -> true);
    }

    /** Recomputes the followed roll-ups selected, from the plan's contributions kept between pushes. */
    private void pushWhere(Predicate<Subscription> selected) {
        Map<String, List<Subscription>> byPlan = new HashMap<>();
        Set<Subscription> followed = subscribers().keys();
        lastSent.keySet().retainAll(followed); // the last stream of the others has ended
        followed.forEach(subscription -> {
            if (selected.test(subscription)) {
                byPlan.computeIfAbsent(subscription.planId(), p -> new ArrayList<>()).add(subscription);
            }
        });
        byPlan.forEach((planId, ofPlan) -> {
            try {
                RollupService.LoadedPlan loaded = rollups.load(rollups.plan(planId).orElseThrow(),
                        plan -> known.computeIfAbsent(plan, rollups::contributions));
                ofPlan.forEach(subscription -> push(subscription, rollups.compute(loaded, subscription.node(), subscription.kind())));
            } catch (RuntimeException e) {
                // The next change or resync tries again, reading the plan whole; a dashboard never sees a half-computed roll-up.
                known.remove(planId);
                log.warn("Could not push the roll-ups of plan {}: {}", planId, e.getMessage());
            }
        });
    }

    private void push(Subscription subscription, NodeRollup rollup) {
        String id = eventIdOf(rollup);
        if (id.equals(lastSent.put(subscription, id))) {
            return;
        }
        subscribers().send(subscription, () -> event(id, rollup));
    }

    private String comparisonOf(String planId) {
        return rollups.plan(planId).map(PlanPublished::comparisonPlanId).orElse(null);
    }

    private static SseEmitter.SseEventBuilder event(String id, NodeRollup rollup) {
        return SseEmitter.event().id(id).name(EVENT_NAME).reconnectTime(3000).data(rollup, MediaType.APPLICATION_JSON);
    }

    /** A digest of everything but the time of computation: equal content, equal id. */
    String eventIdOf(NodeRollup rollup) {
        NodeRollup timeless = new NodeRollup(rollup.planId(), rollup.planNumber(), rollup.node(), rollup.nodeName(), rollup.kind(),
                rollup.group(), rollup.deadline(), null, rollup.counts(), rollup.byKind(), rollup.groups(), rollup.figures(), rollup.children());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(timeless).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
