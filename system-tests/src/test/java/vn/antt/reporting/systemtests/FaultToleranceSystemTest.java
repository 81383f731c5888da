package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.review.ReportAccepted;

/**
 * The fault scenario: while communes of a province submit and their districts accept, every service is killed once
 * with SIGKILL and started again, and the Kafka broker is killed and started again. Afterwards every roll-up (the
 * province, each district, each commune) must equal the ground truth the load computed from its success answers alone
 * — nothing lost, nothing counted twice — each overdue alert must have been raised once, and no notification may have
 * been sent twice.
 *
 * <p>CI runs the short version (6 districts × 20 communes, load spread over 90 s). {@code ./faults.sh} runs a longer
 * one (see the README); {@code -Dfaults.districts}, {@code -Dfaults.communes-per-district} and
 * {@code -Dfaults.load-seconds} set the size. The report is written to {@code target/fault-report.json}.
 */
class FaultToleranceSystemTest {

    private static final int DISTRICTS = Integer.getInteger("faults.districts", 6);
    private static final int COMMUNES_PER_DISTRICT = Integer.getInteger("faults.communes-per-district", 20);
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("faults.load-seconds", 90));
    /** Killed together, one group after the other; the broker between the second and the third. */
    private static final List<List<String>> WAVES = List.of(
            List.of("identity-service", "submission-service"),
            List.of("aggregation-service", "review-service"),
            List.of("notification-service", "planning-service", "gateway"));
    private static final List<String> SERVICES = List.of("planning-service", "submission-service", "review-service",
            "aggregation-service", "notification-service", "gateway");
    private static final String ADMIN = "TW";
    private static final String MAIL_DOMAIN = "thunghiem.baocao.antt.local";

    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<Map<String, Object>> timeline = new ArrayList<>();
    private long loadStart;

    @Test
    void everyRollupEqualsTheGroundTruthAndNoNotificationIsSentTwiceAfterEveryServiceAndTheBrokerCrashed(@TempDir Path data)
            throws Exception {
        Path logs = Path.of(System.getProperty("logs.dir", "target/system-logs")).resolveSibling("fault-logs");
        GreenMail mail = new GreenMail(new ServerSetup(RunningPlatform.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(data.resolve("kafka"), logs.resolve("kafka.log")).start();
             RunningPlatform platform = new RunningPlatform(SERVICES, broker::bootstrapServers, "faults-",
                     settings(mail.getSmtp().getPort()), "fault-logs").start()) {
            run(platform, broker, mail);
        } finally {
            mail.stop();
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fault-report.json"),
                    BenchClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
    }

    /** Arguments that make a crash cost seconds, not minutes; the defaults (45 s sessions, 1 min leases) are for production. */
    private static Map<String, List<String>> settings(int smtpPort) {
        List<String> quickGroups = List.of(
                "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=10000",
                "--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=2000");
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("identity-service", List.of("--spring.profiles.active=demo,bench"));
        for (String service : SERVICES) {
            settings.put(service, new ArrayList<>(quickGroups));
        }
        settings.get("aggregation-service").add("--reporting.deadline.check-interval=2s");
        settings.get("notification-service").addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--reporting.notification.lease=15s"));
        return settings;
    }

    private void run(RunningPlatform platform, KafkaBrokerProcess broker, GreenMail mail) throws Exception {
        String gateway = platform.url("gateway");
        BenchClient client = new BenchClient(platform.issuer());
        String planId = "kh-su-co-" + Long.toString(System.currentTimeMillis(), 36);
        FaultLoad load = new FaultLoad(client, gateway, planId, DISTRICTS, COMMUNES_PER_DISTRICT, Duration.ofMinutes(4));

        // The directory, the plan (deadline a third into the load, so the cutoff falls among the crashes) and contacts.
        ok(client.post(gateway + "/api/units/imports?national=false&validFrom=" + FaultLoad.PRE_REFORM_DAY, ADMIN, "ADMIN", load.directory(), Map.of()), "import the units");
        Instant deadline = Instant.now().plusSeconds(30 + LOAD.toSeconds() / 3);
        ok(client.post(gateway + "/api/plans", ADMIN, "ADMIN", load.plan(deadline), Map.of()), "draft the plan");
        ok(client.post(gateway + "/api/plans/" + planId + "/issue", ADMIN, "ADMIN", Map.of("reason", "Thử nghiệm sự cố"), Map.of()),
                "issue the plan");
        for (FaultLoad.Commune c : load.communes()) {
            ok(client.put(gateway + "/api/notification-settings/me", c.code(), "CLERK", Map.of("displayName", "Văn thư " + c.name(),
                    "email", clerkMail(c.code()), "language", "vi", "digest", "IMMEDIATE")), "register a clerk's e-mail");
        }
        for (String district : load.districts()) {
            ok(client.put(gateway + "/api/notification-settings/me", district, "REVIEWER", Map.of("displayName", "Cán bộ " + district,
                    "email", reviewerMail(district), "language", "vi", "digest", "IMMEDIATE")), "register a reviewer's e-mail");
        }
        FaultLoad.Commune last = load.communes().get(load.communes().size() - 1);
        awaitTrue("the plan known to every service", Duration.ofSeconds(90), () ->
                client.get(gateway + "/api/submissions?planId=" + planId + "&unitCode=" + last.code(), last.code(), "CLERK").ok()
                        && client.get(gateway + "/api/rollups/" + planId + "/nodes/" + FaultLoad.PROVINCE, ADMIN, "ADMIN").ok()
                        && client.get(gateway + "/api/review-cases/" + planId, last.district(), "REVIEWER").ok());

        // Load and crashes at the same time. One commune in 20 never reports: the cutoff's overdue alerts are for them.
        List<FaultLoad.Commune> leftOut = load.communes().stream().filter(c -> c.index() % 20 == 7).toList();
        loadStart = System.nanoTime();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                load.run(leftOut, LOAD, 119);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        crashEverything(platform, broker);
        running.get();
        report.put("timeline", timeline);
        report.put("communes", Map.of("total", load.communes().size(), "leftOut", leftOut.size(),
                "submitted", load.submitted.size(), "accepted", load.accepted.size(), "failed", load.failed));
        report.put("answers", new TreeMap<>(load.answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
        assertThat(load.failed).as("units that never got a success answer").isEmpty();
        assertThat(load.submitted).hasSize(load.communes().size() - leftOut.size());

        // At the source: the retries (same Idempotency-Key) stored each report once, whatever answers were lost.
        Map<String, Integer> versions = new TreeMap<>();
        for (FaultLoad.Commune c : load.communes()) {
            BenchClient.Answer mine = client.get(gateway + "/api/submissions?planId=" + planId + "&unitCode=" + c.code(), c.code(), "CLERK");
            ok(mine, "read " + c.code() + "'s submissions");
            if (mine.json().size() != (load.submitted.contains(c.code()) ? 1 : 0)) {
                versions.put(c.code(), mine.json().size());
            }
        }
        report.put("storedVersionsNotOne", versions);
        assertThat(versions).as("communes with another number of stored versions than their success answers say").isEmpty();

        // Every roll-up converges on the ground truth: the same counts and sums, node by node.
        List<String> nodes = new ArrayList<>(List.of(FaultLoad.PROVINCE));
        nodes.addAll(load.districts());
        load.communes().forEach(c -> nodes.add(c.code()));
        Map<String, String> differences = new ConcurrentHashMap<>();
        long settling = System.nanoTime();
        awaitTrue("every roll-up equal to the ground truth", Duration.ofMinutes(3), () -> {
            differences.clear();
            for (String node : nodes) {
                BenchClient.Answer rollup = client.get(gateway + "/api/rollups/" + planId + "/nodes/" + node, ADMIN, "ADMIN");
                FaultLoad.Expected expected = load.expected(node);
                FaultLoad.Expected actual = rollup.ok() ? FaultLoad.Expected.of(rollup.json()) : null;
                if (!expected.equals(actual)) {
                    differences.put(node, "expected " + expected + ", roll-up " + (actual == null ? rollup : actual));
                }
            }
            return differences.isEmpty();
        });
        report.put("rollups", Map.of("nodes", nodes.size(), "differences", differences,
                "settledAfterLoadSeconds", seconds(settling)));
        assertThat(differences).as("roll-ups that differ from the ground truth").isEmpty();

        // Overdue alerts: one per district with a unit missing at the cutoff, each a single e-mail to its reviewer.
        Set<String> mustBeAlerted = leftOut.stream().map(FaultLoad.Commune::district).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> overdueAlerts = new TreeMap<>();
        awaitTrue("the overdue alerts", Duration.ofMinutes(2), () -> {
            overdueAlerts.clear();
            BenchClient.Answer alerts = client.get(gateway + "/api/alerts?planId=" + planId, ADMIN, "ADMIN");
            if (alerts.ok()) {
                for (JsonNode alert : alerts.json()) {
                    if (alert.get("kind").asString().equals("OVERDUE")) {
                        overdueAlerts.merge(alert.get("supervisorUnitCode").asString(), 1L, Long::sum);
                    }
                }
            }
            return overdueAlerts.keySet().containsAll(mustBeAlerted);
        });
        report.put("overdueAlerts", overdueAlerts);
        assertThat(overdueAlerts.values()).as("overdue alerts per district").containsOnly(1L);

        String accepted = EventCatalog.entryFor(ReportAccepted.class).cloudEventType();
        String overdue = EventCatalog.entryFor(ReportOverdue.class).cloudEventType();
        Set<String> acceptedMailsExpected = load.accepted.stream().map(FaultToleranceSystemTest::clerkMail).collect(Collectors.toSet());
        Set<String> overdueMailsExpected = overdueAlerts.keySet().stream().map(FaultToleranceSystemTest::reviewerMail).collect(Collectors.toSet());
        awaitTrue("the e-mails", Duration.ofMinutes(2), () -> recipientsOf(mail, accepted).containsAll(acceptedMailsExpected)
                && recipientsOf(mail, overdue).containsAll(overdueMailsExpected));
        // A late duplicate would arrive now: for three seconds no e-mail may be received a second time.
        holdsFor(Duration.ofSeconds(3), () -> copiesOf(mail).values().stream().allMatch(count -> count == 1));
        Map<String, Integer> copies = copiesOf(mail);
        Map<String, Integer> byType = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            byType.merge(String.valueOf(header(message, "X-Antt-Event-Type")), 1, Integer::sum);
        }
        Map<String, Integer> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        report.put("emails", Map.of("received", mail.getReceivedMessages().length, "byType", byType, "distinct", copies.size(),
                "sentTwice", twice,
                "acceptedNotices", recipientsOf(mail, accepted).size(), "overdueNotices", recipientsOf(mail, overdue).size()));
        assertThat(twice).as("notifications sent more than once").isEmpty();
        assertThat(recipientsOf(mail, accepted)).isEqualTo(acceptedMailsExpected);
        assertThat(recipientsOf(mail, overdue)).isEqualTo(overdueMailsExpected);
    }

    /** Each wave's services killed (a second apart) and started again together; the broker after the second wave. */
    private void crashEverything(RunningPlatform platform, KafkaBrokerProcess broker) throws Exception {
        Thread.sleep(Math.min(8000, LOAD.toMillis() / 10));
        for (int wave = 0; wave < WAVES.size(); wave++) {
            List<String> services = WAVES.get(wave);
            for (String service : services) {
                platform.kill(service);
                event(service, "killed");
                Thread.sleep(1000);
            }
            List<CompletableFuture<Void>> restarts = new ArrayList<>();
            for (String service : services) {
                restarts.add(CompletableFuture.runAsync(() -> {
                    try {
                        platform.restart(service);
                        event(service, "ready again");
                    } catch (Exception e) {
                        throw new IllegalStateException(service + " did not start again", e);
                    }
                }));
            }
            CompletableFuture.allOf(restarts.toArray(CompletableFuture[]::new)).join();
            if (wave == 1) {
                broker.kill();
                event("kafka", "killed");
                Thread.sleep(5000);
                broker.restart();
                event("kafka", "ready again");
            }
        }
    }

    private synchronized void event(String process, String what) {
        timeline.add(Map.of("atSeconds", seconds(loadStart), "process", process, "event", what));
        System.out.printf("[faults] %6.1f s  %s %s%n", seconds(loadStart), process, what);
    }

    /** How many times each e-mail (event type, recipient, subject) was received. */
    private static Map<String, Integer> copiesOf(GreenMail mail) {
        Map<String, Integer> copies = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                copies.merge(header(message, "X-Antt-Event-Type") + " → " + message.getAllRecipients()[0] + ": " + message.getSubject(),
                        1, Integer::sum);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return copies;
    }

    private static Set<String> recipientsOf(GreenMail mail, String eventType) {
        Set<String> recipients = new TreeSet<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (eventType.equals(header(message, "X-Antt-Event-Type"))) {
                try {
                    recipients.add(message.getAllRecipients()[0].toString());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return recipients;
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clerkMail(String commune) {
        return "vanthu." + commune.toLowerCase() + "@" + MAIL_DOMAIN;
    }

    private static String reviewerMail(String district) {
        return "canbo." + district.toLowerCase() + "@" + MAIL_DOMAIN;
    }

    private static void ok(BenchClient.Answer answer, String what) {
        assertThat(answer.ok()).as("%s: %s", what, answer).isTrue();
    }

    private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) {
        try {
            await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException notYet) {
            // the assertions after it say what is missing
        }
    }

    /** Watches that {@code condition} stays true for {@code duration}; when it turns false the assertions after it say how. */
    private static void holdsFor(Duration duration, BooleanSupplier condition) {
        try {
            await().during(duration).atMost(duration.plusSeconds(2)).pollInterval(Duration.ofMillis(250))
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException broken) {
            // the assertions after it say what happened
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }
}
