package vn.antt.reporting.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;
import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.delivery.DeliveryState;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.notification.recipient.Digest;
import vn.antt.reporting.notification.recipient.RecipientSettings;
import vn.antt.reporting.notification.recipient.Recipients;
import vn.antt.reporting.notification.webhook.Webhook;
import vn.antt.reporting.notification.webhook.Webhooks;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.plans.ReviewChains;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Turns an event into the deliveries it calls for: who must hear about it (from the unit directory and the users'
 * settings), on which channels, in which words. Overdue and escalation go to the supervisors (reviewers and
 * administrators) of the level concerned, in one message listing all its missing units; a reminder to the clerks
 * of each unit that has not reported; a return, an acceptance or a final approval to the submitting unit's
 * clerks; a review overdue to the reviewers of that level. A report that arrives for review (submitted, or accepted by
 * the level below) to the reviewers of the level whose hands it is now in (the plan's chain, {@link ReviewChains}); a
 * plan issued or amended (a unit's new deadline) to the clerks of each unit it concerns and the reviewers of their
 * levels. Every message also goes to the unit's webhooks.
 */
@Component
public class NotificationPlanner {

    private static final Set<Role> SUPERVISORS = Set.of(Role.REVIEWER, Role.ADMIN);
    private static final Set<Role> CLERKS = Set.of(Role.CLERK);
    private static final Set<Role> REVIEWERS = Set.of(Role.REVIEWER);

    private final Recipients recipients;
    private final Webhooks webhooks;
    private final Plans plans;
    private final UnitDirectory directory;
    private final MessageTemplates templates;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ReviewChains chains;
    private final PlanHistory history;

    NotificationPlanner(Recipients recipients, Webhooks webhooks, Plans plans, UnitDirectory directory, MessageTemplates templates,
                        NotificationProperties properties, Clock clock, ReviewChains chains, PlanHistory history) {
        this.chains = chains;
        this.history = history;
        this.recipients = recipients;
        this.webhooks = webhooks;
        this.plans = plans;
        this.directory = directory;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What one message says to the people of one unit.
     *
     * @param args      the template's arguments for a recipient's name and language
     * @param versionKey the directory version of the unit the plan means (codes are reused across the reform): only its
     *                   people are told; null when not known (then the code's people are)
     * @param forReview  a report arriving for the recipients' review: their {@code reviewDigest} preference decides
     */
    record Notice(String template, String unitCode, String versionKey, Set<Role> roles, String link,
                  BiFunction<String, String, Object[]> args, boolean forReview) {

        Notice(String template, String unitCode, String versionKey, Set<Role> roles, String link,
               BiFunction<String, String, Object[]> args) {
            this(template, unitCode, versionKey, roles, link, args, false);
        }
    }

    /**
     * What an event calls for.
     *
     * @param deliveries every delivery that could be planned
     * @param behind     when some recipients could not be found yet (the plan or the directory is behind): to be raised
     *                   after the deliveries are stored, so that the event is retried (nothing is planned twice)
     */
    public record Planned(List<Delivery> deliveries, RuntimeException behind) {
    }

    /** The deliveries for an event ({@code eventId} is its CloudEvents id; {@code payload} the CloudEvent as received). */
    public Planned plan(String eventId, DomainEvent event, String payload) {
        Instant now = clock.instant();
        String type = EventCatalog.entryFor(event.getClass()).cloudEventType();
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        List<Notice> notices = noticesOf(event);
        RuntimeException behind = null;
        try {
            notices.addAll(reviewerNoticesOf(event));
        } catch (DirectoryLagException e) {
            behind = e;
        }
        for (Notice notice : notices) {
            for (RecipientSettings recipient : recipients.of(notice.unitCode(), notice.versionKey(), notice.roles())) {
                String name = recipient.name();
                MessageTemplates.Rendered message = templates.render(notice.template(), recipient.language(),
                        notice.args().apply(name, recipient.language()));
                add(deliveries, delivery(eventId, type, Channel.INBOX, recipient.userId(), notice.unitCode(), null,
                        recipient.language(), message, notice.link(), null, DeliveryState.PENDING, null, now));
                if (recipient.address() != null) {
                    boolean daily = (notice.forReview() ? recipient.reviewDigest() : recipient.digest()) == Digest.DAILY;
                    add(deliveries, delivery(eventId, type, Channel.EMAIL, recipient.userId(), notice.unitCode(), recipient.address(),
                            recipient.language(), message, notice.link(), null,
                            daily ? DeliveryState.HELD_FOR_DIGEST : DeliveryState.PENDING,
                            daily ? LocalDate.ofInstant(now, PlatformTime.ZONE) : null, now));
                }
            }
            for (Webhook webhook : webhooks.of(notice.unitCode())) {
                MessageTemplates.Rendered message = templates.render(notice.template(), "vi", notice.args().apply(unitName(notice.unitCode()), "vi"));
                add(deliveries, delivery(eventId, type, Channel.WEBHOOK, webhook.id(), notice.unitCode(), webhook.url(), "vi", message,
                        notice.link(), payload, DeliveryState.PENDING, null, now));
            }
        }
        return new Planned(new ArrayList<>(deliveries.values()), behind);
    }

    /** Remembers what was told of a plan's revision, once its deliveries are stored. */
    public void told(PlanPublished plan) {
        history.remember(plan);
    }

    private static void add(Map<String, Delivery> deliveries, Delivery delivery) {
        deliveries.putIfAbsent(delivery.id(), delivery);
    }

    private static Delivery delivery(String eventId, String type, Channel channel, String recipient, String unitCode, String address,
                                     String language, MessageTemplates.Rendered message, String link, String payload,
                                     DeliveryState state, LocalDate digestDay, Instant now) {
        return new Delivery(Delivery.idOf(eventId, recipient, channel), eventId, type, channel, recipient, unitCode, address, language,
                message.subject(), message.body(), link, payload, state, 0, List.of(), now, now, null, null, digestDay);
    }

    List<Notice> noticesOf(DomainEvent event) {
        List<Notice> notices = new ArrayList<>();
        if (event instanceof DeadlineApproaching a) {
            for (MissingUnit unit : a.missingUnits()) {
                String link = link("/reports/" + a.planId() + "/" + unit.code());
                notices.add(new Notice("deadline-approaching", unit.code(), expectedVersion(a.planId(), unit.code()), CLERKS, link, (name, lang) -> new Object[] {
                        a.planNumber(), templates.duration(a.remindBefore(), lang), name, unit.name(),
                        templates.deadline(a.deadline(), lang), link}));
            }
        } else if (event instanceof ReportOverdue a) {
            String link = link("/status/" + a.planId());
            notices.add(new Notice("report-overdue", a.supervisorUnitCode(), versionOn(a.planId(), a.supervisorUnitCode()), SUPERVISORS, link, (name, lang) -> new Object[] {
                    a.planNumber(), MessageTemplates.number(a.missingUnits().size()), a.supervisorName(), name,
                    templates.deadline(a.deadline(), lang), list(a.missingUnits()), link}));
        } else if (event instanceof OverdueEscalated a) {
            String link = link("/status/" + a.planId());
            notices.add(new Notice("overdue-escalated", a.escalatedToUnitCode(), versionOn(a.planId(), a.escalatedToUnitCode()), SUPERVISORS, link, (name, lang) -> new Object[] {
                    a.planNumber(), MessageTemplates.number(a.missingUnits().size()), a.supervisorName(), name,
                    templates.deadline(a.deadline(), lang), list(a.missingUnits()), link, templates.duration(a.escalatedAfter(), lang)}));
        } else if (event instanceof ReportReturned e) {
            String link = versionPage(e);
            notices.add(new Notice("report-returned", e.returnedTo(), e.returnedTo().equals(e.unit().code()) ? e.unit().versionKey()
                    : versionOn(e.planId(), e.returnedTo()), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), e.reason(), notes(e, lang), link}));
        } else if (event instanceof ReportAccepted e && !e.finalAcceptance()) {
            // The last level's acceptance is told by the one "[Hoàn tất]" message of ReportFinalized instead.
            String link = versionPage(e);
            notices.add(new Notice("report-accepted", e.unit().code(), e.unit().versionKey(), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), link, level(e.level(), e.levelUnitCode(), lang)}));
        } else if (event instanceof ReportFinalized e) {
            String link = versionPage(e);
            notices.add(new Notice("report-finalized", e.unit().code(), e.unit().versionKey(), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, "", deadline(e.planId(), e.unit(), lang), link}));
        } else if (event instanceof ReviewOverdue e) {
            String link = link("/review/" + e.planId() + "/" + e.unit().code());
            notices.add(new Notice("review-overdue", e.levelUnitCode(), versionOn(e.planId(), e.levelUnitCode()), REVIEWERS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), link, VietnameseFormat.dateTime(e.waitingSince()), templates.duration(Duration.between(e.waitingSince(), e.dueAt()), lang)}));
        }
        if (event instanceof PlanPublished p) {
            notices.addAll(planNoticesForClerks(p));
        }
        return notices;
    }

    /** The notices that need the plan's review chains (which need the directory): reports arriving, plans for reviewers. */
    List<Notice> reviewerNoticesOf(DomainEvent event) {
        if (event instanceof ReportSubmitted e) {
            PlanPublished plan = planOf(e.planId());
            List<ReviewLevel> levels = chains.levelsOf(plan, e.unit());
            return levels.isEmpty() ? List.of() : List.of(arrival(plan, e.unit(), e.version(), levels.get(0), e.submittedAt(), null));
        }
        if (event instanceof ReportAccepted e && !e.finalAcceptance()) {
            PlanPublished plan = planOf(e.planId());
            return chains.levelsOf(plan, e.unit()).stream().filter(l -> l.level() == e.level() + 1).findFirst()
                    .map(next -> List.of(arrival(plan, e.unit(), e.version(), next, e.acceptedAt(), e.levelUnitCode())))
                    .orElse(List.of());
        }
        if (event instanceof PlanPublished p) {
            return planNoticesForReviewers(p);
        }
        return List.of();
    }

    /** The version of the expected unit the plan means, or null when the plan is not known here yet. */
    private String expectedVersion(String planId, String unitCode) {
        return plans.find(planId).flatMap(plan -> Plans.expected(plan, unitCode)).map(ExpectedUnit::key).orElse(null);
    }

    /** The version the code named on the plan's issue date (a supervisor, a level), or null when either is not known yet. */
    private String versionOn(String planId, String code) {
        return plans.find(planId).flatMap(plan -> directory.find(code, plan.letter().issuedOn())).map(DirectoryUnit::key).orElse(null);
    }

    private PlanPublished planOf(String planId) {
        return plans.find(planId).orElseThrow(() -> new DirectoryLagException("Plan " + planId + " is not known to this service yet"));
    }

    /** A report now in {@code level}'s hands: its reviewers are told, with the unit's deadline and the review's. */
    private Notice arrival(PlanPublished plan, UnitRef unit, int version, ReviewLevel level, Instant arrivedAt, String acceptedBy) {
        String link = link("/review/" + plan.planId());
        Instant due = plan.reviewTime() == null ? null : arrivedAt.plus(plan.reviewTime());
        String deadline = VietnameseFormat.dateTimeWithOffset(plan.effectiveDeadline(unit.code(), unit.ancestry()));
        String at = VietnameseFormat.dateTimeWithOffset(arrivedAt);
        return new Notice("report-arrived", level.unitCode(), level.versionKey(), REVIEWERS, link, (name, lang) -> new Object[] {
                plan.letter().number(), version, unit.name(), name, unitName(level.unitCode()), deadline, link,
                due == null ? "—" : VietnameseFormat.dateTimeWithOffset(due),
                acceptedBy == null ? templates.text("arrived.submitted", lang, at)
                        : templates.text("arrived.accepted", lang, unitName(acceptedBy), at)}, true);
    }

    /** How a plan's revision changes things for each unit it concerns: newly expected (issued) or a new deadline. */
    private record PlanChange(ExpectedUnit unit, boolean issued, Instant deadline, Instant before) {
    }

    private List<PlanChange> changesOf(PlanPublished plan) {
        Optional<PlanHistory.PlanSeen> seen = history.find(plan.planId());
        if (plan.status() != PlanStatus.ISSUED || seen.map(s -> s.revision() >= plan.revision()).orElse(false)) {
            return List.of();
        }
        Map<String, Instant> before = seen.filter(s -> s.status() == PlanStatus.ISSUED).map(PlanHistory.PlanSeen::deadlines).orElse(Map.of());
        List<PlanChange> changes = new ArrayList<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            Instant deadline = plan.effectiveDeadline(unit.code(), unit.ancestry());
            Instant earlier = before.get(unit.code());
            if (earlier == null || !earlier.equals(deadline)) {
                changes.add(new PlanChange(unit, earlier == null, deadline, earlier));
            }
        }
        return changes;
    }

    private List<Notice> planNoticesForClerks(PlanPublished plan) {
        String link = link("/plans/" + plan.planId());
        List<Notice> notices = new ArrayList<>();
        for (PlanChange change : changesOf(plan)) {
            String report = link("/reports/" + plan.planId() + "/" + change.unit().code());
            notices.add(new Notice(change.issued() ? "plan-issued" : "plan-amended", change.unit().code(), change.unit().key(), CLERKS, link, (name, lang) ->
                    planArgs(plan, name, change.deadline(), change.unit().name(), link, report,
                            change.before() == null ? "—" : VietnameseFormat.dateTimeWithOffset(change.before()))));
        }
        return notices;
    }

    /** One notice per reviewing level and kind of change: how many of its units, and their earliest deadline. */
    private List<Notice> planNoticesForReviewers(PlanPublished plan) {
        record Level(String template, String unitCode, String versionKey) {
        }
        Map<Level, List<PlanChange>> byLevel = new TreeMap<>(Comparator.comparing(Level::template).thenComparing(Level::unitCode)
                .thenComparing(Level::versionKey));
        for (PlanChange change : changesOf(plan)) {
            ExpectedUnit unit = change.unit();
            for (ReviewLevel level : chains.levelsOf(plan, new UnitRef(unit.code(), unit.name(), unit.kind(), unit.ancestry()))) {
                byLevel.computeIfAbsent(new Level(change.issued() ? "plan-issued-review" : "plan-amended-review", level.unitCode(),
                        level.versionKey()),
                        k -> new ArrayList<>()).add(change);
            }
        }
        String link = link("/plans/" + plan.planId());
        String worklist = link("/review/" + plan.planId());
        List<Notice> notices = new ArrayList<>();
        byLevel.forEach((level, changes) -> {
            Instant earliest = changes.stream().map(PlanChange::deadline).min(Comparator.naturalOrder()).orElseThrow();
            notices.add(new Notice(level.template(), level.unitCode(), level.versionKey(), REVIEWERS, link, (name, lang) ->
                    planArgs(plan, name, earliest, unitName(level.unitCode()), link, worklist, MessageTemplates.number(changes.size()))));
        });
        return notices;
    }

    private static Object[] planArgs(PlanPublished plan, String name, Instant deadline, String unitName, String link, String second,
                                     String last) {
        return new Object[] {plan.letter().number(), plan.letter().title(), name, plan.letter().issuingBody(),
                plan.letter().issuedOn() == null ? "—" : VietnameseFormat.date(PlatformTime.startOf(plan.letter().issuedOn())),
                VietnameseFormat.dateTimeWithOffset(deadline), unitName, link, second, last};
    }

    /** The web application's page of the version an event speaks of. */
    private String versionPage(VersionEvent e) {
        return link("/reports/" + e.planId() + "/" + e.unit().code() + "/versions/" + e.submissionId());
    }

    /** Every link opens a page of the web application (served by the gateway at /), never JSON. */
    private String link(String path) {
        String base = properties.linkBase().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private static String list(List<MissingUnit> units) {
        return units.stream().map(u -> "- " + u.name()).collect(Collectors.joining("\n"));
    }

    private String notes(ReportReturned e, String lang) {
        return e.notes().stream().map(n -> templates.text("note.line", lang, n.sectionNumber() == null ? "" : n.sectionNumber(),
                n.indicator() == null ? "" : " (" + n.indicator() + ")", n.note())).collect(Collectors.joining("\n"));
    }

    private String planNumber(String planId) {
        return plans.find(planId).map(plan -> plan.letter().number()).orElse(planId);
    }

    private String deadline(String planId, UnitRef unit, String lang) {
        return plans.find(planId).map(p -> templates.deadline(p.effectiveDeadline(unit.code(), unit.ancestry()), lang)).orElse("—");
    }

    /** "cấp huyện" for a district's review, "cấp tỉnh" for a province's; "cấp thẩm định thứ 2" for another reviewer. */
    private String level(int level, String levelUnitCode, String lang) {
        String kind = Optional.ofNullable(levelUnitCode).flatMap(directory::find).map(DirectoryUnit::kind).orElse("");
        return switch (kind) {
            case "PROVINCE", "DISTRICT", "COMMUNE" -> templates.text("level." + kind, lang);
            default -> templates.text("level.other", lang, level);
        };
    }

    private String unitName(String code) {
        return Optional.ofNullable(code).flatMap(directory::find).map(DirectoryUnit::name).orElse(code);
    }
}
