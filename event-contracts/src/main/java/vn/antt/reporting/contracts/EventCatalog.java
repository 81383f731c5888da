package vn.antt.reporting.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;

/** The list of every event type, so that a consumer can turn a CloudEvents {@code type} into a record. */
public final class EventCatalog {

    public static final String TYPE_PREFIX = "vn.antt.reporting.";

    /** Add each new event record here (a test checks that every one round-trips). */
    public static final List<Class<? extends DomainEvent>> EVENTS = List.of(
            ReportSubmitted.class,
            ReportWithdrawn.class,
            ReportAccepted.class,
            ReportReturned.class,
            ReportFinalized.class,
            ReportReopened.class,
            ReviewOverdue.class,
            DeadlineApproaching.class,
            ReportOverdue.class,
            OverdueEscalated.class,
            UnitChanged.class,
            PlanPublished.class,
            OutlinePublished.class);

    private static final Map<Class<?>, Entry> BY_CLASS = EVENTS.stream()
            .collect(Collectors.toMap(Function.identity(), EventCatalog::describe));
    private static final Map<String, Entry> BY_TYPE = BY_CLASS.values().stream()
            .collect(Collectors.toMap(Entry::cloudEventType, Function.identity()));

    private EventCatalog() {
    }

    public static Entry entryFor(Class<?> eventClass) {
        Entry entry = BY_CLASS.get(eventClass);
        if (entry == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not listed in EventCatalog.EVENTS");
        }
        return entry;
    }

    public static Optional<Entry> entryFor(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    private static Entry describe(Class<? extends DomainEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalStateException(eventClass.getName() + " lacks @EventType");
        }
        // The publisher is the last package segment: contracts.submission -> submission
        String pkg = eventClass.getPackageName();
        String publisher = pkg.substring(pkg.lastIndexOf('.') + 1);
        String type = TYPE_PREFIX + publisher + "." + annotation.name() + ".v" + annotation.version();
        String schema = "/events/" + publisher + "/" + annotation.name() + "/v" + annotation.version();
        return new Entry(eventClass, type, schema, annotation.topic(), annotation.version());
    }

    public record Entry(Class<? extends DomainEvent> eventClass, String cloudEventType, String dataschema,
                        String topic, int version) {
    }
}
