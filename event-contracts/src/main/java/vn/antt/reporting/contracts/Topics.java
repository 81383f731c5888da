package vn.antt.reporting.contracts;

import java.util.List;
import java.util.Optional;

/**
 * Every Kafka topic of the platform, with its key and owner. The AsyncAPI document
 * ({@code event-contracts/asyncapi.yaml}) describes the same topics for newcomers.
 *
 * <p>{@link #SPECS} declares each topic's partitions and compaction, once: the publishing service creates its topics
 * from it at start-up (platform-support {@code topics}), the dead-letter topics of a consumer are created by that
 * consumer with {@link #deadLetter(String)}, and the Kubernetes manifests' {@code KafkaTopic}s are checked against it.
 * No consumer adds partitions. The counts:
 * <ul>
 *   <li>{@code submission-events}, {@code review-events}: {@value #EVENT_PARTITIONS} partitions. aggregation-service
 *   runs 3 consumers per topic in each instance ({@code concurrency: 3}), so two instances of it (or six of any other
 *   consumer) each get a partition; a consumer beyond the partitions would stay idle. Keys are per unit
 *   ({@code planId:unitCode}), so one unit's events stay in order whatever the count.</li>
 *   <li>{@code deadline-alerts}, {@code unit-directory}, {@code plans}, {@code outlines}:
 *   {@value #REFERENCE_PARTITIONS} partitions. Few records, one consumer per group today; three let up to three
 *   instances of each consumer share them.</li>
 *   <li>dead-letter topics: {@value #DEAD_LETTER_PARTITIONS} partition (platform default {@code dlq-partitions: 1}),
 *   never compacted: an operator reads them in the order they failed.</li>
 * </ul>
 * <p>Record sizes: every topic keeps the broker's default (1 MB) but {@code plans}, whose record is a whole plan with
 * its expected units (≈ 85 bytes each: a nation-wide plan of 10.047 communes is ≈ 0,85 MB). Its publisher refuses at
 * issue time a plan whose event is over {@value #PLAN_EVENT_MAX_BYTES} bytes (4 MiB, ≈ 45.000 units), so that the plan's
 * document (its units, and the event waiting in its outbox, twice during an amendment) stays well within MongoDB's
 * 16 MB; the topic, its dead-letter topics and the producers allow {@value #PLANS_MAX_MESSAGE_BYTES} bytes (the event
 * plus room for its key, headers and batch framing).
 *
 * <p>Partitions can be added later but never removed, and adding them moves keys to other partitions: choose with the
 * consumers' concurrency × instances in mind.
 */
public final class Topics {

    /** Partitions of the two busy event streams: aggregation's 3 consumers × 2 instances. */
    public static final int EVENT_PARTITIONS = 6;
    /** Partitions of the quiet topics (alerts, directory, plans, outlines). */
    public static final int REFERENCE_PARTITIONS = 3;
    /** Partitions of every dead-letter topic. */
    public static final int DEAD_LETTER_PARTITIONS = 1;

    /** The largest {@code PlanPublished} CloudEvent (encoded, uncompressed) planning-service publishes: 4 MiB. */
    public static final int PLAN_EVENT_MAX_BYTES = 4 * 1024 * 1024;
    /** {@code max.message.bytes} of {@code plans} and its dead-letter topics, {@code max.request.size} of their producers. */
    public static final int PLANS_MAX_MESSAGE_BYTES = PLAN_EVENT_MAX_BYTES + 256 * 1024;

    /** Owner: submission-service. Key: {@code planId:unitCode}. ReportSubmitted, ReportWithdrawn. */
    public static final String SUBMISSION_EVENTS = "submission-events";

    /** Owner: review-service. Key: {@code planId:unitCode}. ReportAccepted, ReportReturned, ReportFinalized, ReviewOverdue. */
    public static final String REVIEW_EVENTS = "review-events";

    /**
     * Owner: aggregation-service. Key {@code planId:supervisorUnitCode}. DeadlineApproaching, ReportOverdue,
     * OverdueEscalated; each raised once (deterministic {@code alertId}).
     */
    public static final String DEADLINE_ALERTS = "deadline-alerts";

    /** Owner: planning-service (unit directory). Key: unit code. Compacted: the latest state per unit. */
    public static final String UNIT_DIRECTORY = "unit-directory";

    /** Owner: planning-service. Key: plan id. Compacted: the whole current state of every plan (PlanPublished). */
    public static final String PLANS = "plans";

    /** Owner: planning-service. Key: {@code outlineId:version}. Compacted: every outline version (OutlinePublished). */
    public static final String OUTLINES = "outlines";

    /** Every topic of the platform with its partitions and compaction (dead-letter topics: {@link #deadLetter}). */
    public static final List<TopicSpec> SPECS = List.of(
            new TopicSpec(SUBMISSION_EVENTS, EVENT_PARTITIONS, false),
            new TopicSpec(REVIEW_EVENTS, EVENT_PARTITIONS, false),
            new TopicSpec(DEADLINE_ALERTS, REFERENCE_PARTITIONS, false),
            new TopicSpec(UNIT_DIRECTORY, REFERENCE_PARTITIONS, true),
            new TopicSpec(PLANS, REFERENCE_PARTITIONS, true, PLANS_MAX_MESSAGE_BYTES),
            new TopicSpec(OUTLINES, REFERENCE_PARTITIONS, true));

    private Topics() {
    }

    /** The declaration of a topic of the platform; empty for a name that is none (a dead-letter or a test's topic). */
    public static Optional<TopicSpec> spec(String name) {
        return SPECS.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    /** A dead-letter topic (a consumer binding's {@code dlq-name}): one partition, not compacted. */
    public static TopicSpec deadLetter(String name) {
        return new TopicSpec(name, DEAD_LETTER_PARTITIONS, false);
    }

    /** The dead-letter topic of a consumer of {@code source}: as {@link #deadLetter(String)}, taking its records' size. */
    public static TopicSpec deadLetter(String name, String source) {
        return new TopicSpec(name, DEAD_LETTER_PARTITIONS, false, spec(source).map(TopicSpec::maxMessageBytes).orElse(null));
    }
}
