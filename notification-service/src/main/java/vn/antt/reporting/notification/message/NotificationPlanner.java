package vn.antt.reporting.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.delivery.DeliveryState;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.notification.recipient.Digest;
import vn.antt.reporting.notification.recipient.RecipientSettings;
import vn.antt.reporting.notification.recipient.Recipients;
import vn.antt.reporting.notification.webhook.Webhook;
import vn.antt.reporting.notification.webhook.Webhooks;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Turns an event into the deliveries it calls for: who must hear about it (from the unit directory and the users'
 * settings), on which channels, in which words. Overdue and escalation go to the supervisors (reviewers and
 * administrators) of the level concerned, in one message listing all its missing units; a reminder to the clerks
 * of each unit that has not reported; a return, an acceptance or a final approval to the submitting unit's
 * clerks; a review overdue to the reviewers of that level. Every message also goes to the unit's webhooks.
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

    NotificationPlanner(Recipients recipients, Webhooks webhooks, Plans plans, UnitDirectory directory, MessageTemplates templates,
                        NotificationProperties properties, Clock clock) {
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
     * @param forReview a report arriving for the recipients' review: their {@code reviewDigest} preference decides
     */
    record Notice(String template, String unitCode, Set<Role> roles, String link, BiFunction<String, String, Object[]> args,
                  boolean forReview) {

        Notice(String template, String unitCode, Set<Role> roles, String link, BiFunction<String, String, Object[]> args) {
            this(template, unitCode, roles, link, args, false);
        }
    }

    /** The deliveries for an event ({@code eventId} is its CloudEvents id; {@code payload} the CloudEvent as received). */
    public List<Delivery> plan(String eventId, DomainEvent event, String payload) {
        Instant now = clock.instant();
        String type = EventCatalog.entryFor(event.getClass()).cloudEventType();
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        for (Notice notice : noticesOf(event)) {
            for (RecipientSettings recipient : recipients.of(notice.unitCode(), notice.roles())) {
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
        return new ArrayList<>(deliveries.values());
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
                String link = link("/api/submissions?planId=" + a.planId() + "&unitCode=" + unit.code());
                notices.add(new Notice("deadline-approaching", unit.code(), CLERKS, link, (name, lang) -> new Object[] {
                        a.planNumber(), templates.duration(a.remindBefore(), lang), name, unit.name(),
                        templates.deadline(a.deadline(), lang), link}));
            }
        } else if (event instanceof ReportOverdue a) {
            String link = link("/api/rollups/" + a.planId() + "/nodes/" + a.supervisorUnitCode());
            notices.add(new Notice("report-overdue", a.supervisorUnitCode(), SUPERVISORS, link, (name, lang) -> new Object[] {
                    a.planNumber(), MessageTemplates.number(a.missingUnits().size()), a.supervisorName(), name,
                    templates.deadline(a.deadline(), lang), list(a.missingUnits()), link}));
        } else if (event instanceof OverdueEscalated a) {
            String link = link("/api/rollups/" + a.planId() + "/nodes/" + a.supervisorUnitCode());
            notices.add(new Notice("overdue-escalated", a.escalatedToUnitCode(), SUPERVISORS, link, (name, lang) -> new Object[] {
                    a.planNumber(), MessageTemplates.number(a.missingUnits().size()), a.supervisorName(), name,
                    templates.deadline(a.deadline(), lang), list(a.missingUnits()), link, templates.duration(a.escalatedAfter(), lang)}));
        } else if (event instanceof ReportReturned e) {
            String link = link("/api/submissions/" + e.submissionId());
            notices.add(new Notice("report-returned", e.returnedTo(), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), e.reason(), notes(e, lang), link}));
        } else if (event instanceof ReportAccepted e && !e.finalAcceptance()) {
            // The last level's acceptance is told by the one "[Hoàn tất]" message of ReportFinalized instead.
            String link = link("/api/submissions/" + e.submissionId());
            notices.add(new Notice("report-accepted", e.unit().code(), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), link, level(e.level(), e.levelUnitCode(), lang)}));
        } else if (event instanceof ReportFinalized e) {
            String link = link("/api/submissions/" + e.submissionId());
            notices.add(new Notice("report-finalized", e.unit().code(), CLERKS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, "", deadline(e.planId(), e.unit(), lang), link}));
        } else if (event instanceof ReviewOverdue e) {
            String link = link("/api/review-cases/" + e.planId() + "/" + e.unit().code());
            notices.add(new Notice("review-overdue", e.levelUnitCode(), REVIEWERS, link, (name, lang) -> new Object[] {
                    planNumber(e.planId()), e.version(), e.unit().name(), name, unitName(e.levelUnitCode()),
                    deadline(e.planId(), e.unit(), lang), link, VietnameseFormat.dateTime(e.waitingSince()), templates.duration(Duration.between(e.waitingSince(), e.dueAt()), lang)}));
        }
        return notices;
    }

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
        return plans.find(planId).map(PlanPublished::number).orElse(planId);
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
