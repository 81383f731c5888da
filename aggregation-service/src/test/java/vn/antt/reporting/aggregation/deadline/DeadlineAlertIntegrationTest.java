package vn.antt.reporting.aggregation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.aggregation.rollup.UnitHistory;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.aggregation.DeadlineAlert;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * Plan 119 with huyện Sơn Tịnh's internal deadline (its communes report before 06/6/2025) and an extension for
 * xã Bình Thuận (until 15/6/2025). The test stands at fixed instants; the service's own scheduled check is off.
 */
class DeadlineAlertIntegrationTest extends AggregationApiTest {

    /** "trước ngày 06/6/2025" set by Sơn Tịnh for its communes. */
    static final Instant SON_TINH_INTERNAL = Instant.parse("2025-06-05T17:00:00Z");
    /** "trước ngày 10/6/2025": the plan's deadline. */
    static final Instant PLAN_DEADLINE = Instant.parse("2025-06-09T17:00:00Z");
    static final Instant BINH_THUAN_EXTENSION = Instant.parse("2025-06-14T17:00:00Z");
    /** 9/6/2025 23:59 +07:00. */
    static final Instant ONE_MINUTE_BEFORE = Instant.parse("2025-06-09T16:59:00Z");
    /** 10/6/2025 00:00 +07:00: the cutoff. */
    static final Instant CUTOFF = PLAN_DEADLINE;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    RollupService rollups;

    @Autowired
    OutboxEvents outbox;

    @Autowired
    DeadlineProperties properties;

    @Autowired
    MeterRegistry meters;

    @Test
    void eachAlertIsRaisedOnceAtItsTimeForEachSupervisorAndNeverAgainAfterARestartOrBySecondInstance() throws Exception {
        String planId = "kh-119-" + UUID.randomUUID();
        List<UnitRef> units = new ArrayList<>();
        QuangNgaiHierarchy.communes().stream()
                .filter(c -> c.ancestry().contains(Units.SON_TINH) || c.ancestry().contains(Units.BINH_SON))
                .forEach(units::add);
        units.add(QuangNgaiHierarchy.provincialUnits().get(0));
        publish(planOf(planId, units).internalDeadline(Units.SON_TINH, SON_TINH_INTERNAL)
                .extension("21043", BINH_THUAN_EXTENSION, "Thiên tai, mất điện kéo dài").build());
        // Tịnh Sơn and Bình Thạnh have reported; the others have not.
        KafkaEvents.publish(UnitHistory.of(planId, Units.tinhSon(), UnitHistory.Shape.SUBMITTED, new Random(1)).events().get(0));
        UnitRef binhThanh = units.stream().filter(u -> u.code().equals("21046")).findFirst().orElseThrow();
        KafkaEvents.publish(UnitHistory.of(planId, binhThanh, UnitHistory.Shape.SUBMITTED, new Random(2)).events().get(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> rollups.contributions(planId).size() == 2);

        // 9/6/2025 23:59: Sơn Tịnh's communes are 3 days overdue (and escalated to the province after one day);
        // Bình Sơn and the enterprise get their reminder: of the 3-day and the 1-day one, both due now, only the
        // latest (the supervisors would otherwise get two identical messages at once); nothing is overdue at 10/6 yet.
        assertThat(ofPlan(watch.raiseDue(ONE_MINUTE_BEFORE), planId)).containsExactlyInAnyOrder(
                planId + "|overdue|527|" + SON_TINH_INTERNAL,
                planId + "|escalation|527|" + SON_TINH_INTERNAL,
                planId + "|reminder|524|" + PLAN_DEADLINE + "|PT24H",
                planId + "|reminder|51|" + PLAN_DEADLINE + "|PT24H");
        assertThat(ofPlan(watch.raiseDue(ONE_MINUTE_BEFORE), planId)).isEmpty();

        // 10/6/2025 00:00: the cutoff of the plan's deadline, one alert per supervisor.
        assertThat(ofPlan(watch.raiseDue(CUTOFF), planId)).containsExactlyInAnyOrder(
                planId + "|overdue|524|" + PLAN_DEADLINE,
                planId + "|overdue|51|" + PLAN_DEADLINE);
        assertThat(ofPlan(watch.raiseDue(CUTOFF), planId)).isEmpty();
        // Operators' view: every due alert was raised (the alert DeadlineAlertsNotRaised stays quiet), counted per kind.
        assertThat(meters.get("reporting.deadline.alerts.unraised").gauge().value()).isZero();
        assertThat(meters.get("reporting.deadline.alerts").tag("kind", "overdue").counter().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.get("reporting.deadline.check.age").timeGauge()).isNotNull();

        // A restart (a new watch over the same store) and two instances at once raise nothing twice.
        DeadlineWatch restarted = new DeadlineWatch(mongo, rollups, directory, outbox, properties, Clock.systemUTC(), meters);
        assertThat(ofPlan(restarted.raiseDue(CUTOFF), planId)).isEmpty();
        Instant nextDay = CUTOFF.plus(Duration.ofDays(1));
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> watch.raiseDue(nextDay));
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> restarted.raiseDue(nextDay));
        List<String> both = new ArrayList<>(ofPlan(first.get(), planId));
        both.addAll(ofPlan(second.get(), planId));
        assertThat(both).containsExactly(planId + "|escalation|524|" + PLAN_DEADLINE);

        // The events: Sơn Tịnh's overdue alert names its four missing communes in one message.
        List<ReportOverdue> overdue = KafkaEvents.await(Topics.DEADLINE_ALERTS, ReportOverdue.class, ofPlan(planId), 3,
                Duration.ofSeconds(30)).stream().map(e -> e.data()).toList();
        ReportOverdue sonTinh = overdue.stream().filter(a -> a.supervisorUnitCode().equals(Units.SON_TINH)).findFirst().orElseThrow();
        assertThat(sonTinh.missingUnits()).extracting(MissingUnit::name)
                .containsExactly("Xã Tịnh Thọ", "Xã Tịnh Trà", "Xã Tịnh Phong", "Thị trấn Tịnh Hà");
        assertThat(sonTinh.deadline()).isEqualTo(SON_TINH_INTERNAL);
        assertThat(sonTinh.supervisorName()).isEqualTo("Huyện Sơn Tịnh");
        ReportOverdue binhSon = overdue.stream().filter(a -> a.supervisorUnitCode().equals(Units.BINH_SON)).findFirst().orElseThrow();
        assertThat(binhSon.missingUnits()).extracting(MissingUnit::code).containsExactly("21040", Units.BINH_HAI);
        OverdueEscalated escalated = KafkaEvents.await(Topics.DEADLINE_ALERTS, OverdueEscalated.class,
                a -> a.planId().equals(planId) && a.supervisorUnitCode().equals(Units.SON_TINH), 1, Duration.ofSeconds(30)).get(0).data();
        assertThat(escalated.escalatedToUnitCode()).isEqualTo(Units.QUANG_NGAI);
        assertThat(escalated.escalatedToName()).isEqualTo("Tỉnh Quảng Ngãi");

        // Every alert reached the topic exactly once (7 raised), whatever the retries of the relay.
        List<String> published = KafkaEvents.await(Topics.DEADLINE_ALERTS, DeadlineAlert.class, ofPlan(planId), 8,
                Duration.ofSeconds(5)).stream().map(e -> e.data().alertId()).toList();
        assertThat(published).hasSize(7).doesNotHaveDuplicates();

        // Readers: the district sees its own alerts, another district does not.
        ApiClient.Response seen = as(Units.SON_TINH, "REVIEWER").get("/api/alerts?planId=" + planId);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().findValuesAsString("alertId")).containsExactlyInAnyOrder(
                planId + "|overdue|527|" + SON_TINH_INTERNAL, planId + "|escalation|527|" + SON_TINH_INTERNAL);
        assertThat(as("21040", "CLERK").get("/api/alerts?planId=" + planId).json()).isEmpty();
    }

    private static <T extends DeadlineAlert> Predicate<T> ofPlan(String planId) {
        return alert -> alert.planId().equals(planId);
    }

    private static List<String> ofPlan(List<String> alertIds, String planId) {
        return alertIds.stream().filter(id -> id.startsWith(planId + "|")).toList();
    }
}
