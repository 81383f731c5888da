package vn.antt.reporting.aggregation.rebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.antt.reporting.aggregation.AggregationServiceApplication;
import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.aggregation.rollup.ContributionLedger;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventCatalog;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * The rebuild of a nation-wide plan at the scale of issue 21, in a JVM of its own (run by {@link NationWideRebuildTest}
 * with the heap it is given): a plan of the nation's 10.047 communes (63 provinces, 696 districts), each commune having
 * sent {@link #VERSIONS} version(s) of its report and a third of them accepted by their district, all on the log; the live contributions written from the same events through the same ledger (the live
 * consumers are not started, so the service does nothing else meanwhile). Prints the rebuild's time, what it found, and
 * the heap the comparison holds: the plan's rebuilt contributions.
 */
public final class NationWideRebuild {

    public static final String VERSIONS_PROPERTY = "nation-wide.versions";
    public static final int PROVINCES = 63;
    public static final int DISTRICTS = 696;
    public static final int COMMUNES = 10_047;
    /** Versions per commune: 1 in the suite; {@code -Dnation-wide.versions=10} gives issue 21's 100.470 report versions. */
    public static final int VERSIONS = Integer.getInteger(VERSIONS_PROPERTY, 1);

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private NationWideRebuild() {
    }

    public static void main(String[] args) {
        try {
            measure();
        } catch (Throwable failed) {
            failed.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure() throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        MongoServer store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        String brokers = broker.getBrokersAsString();
        createTopicsAsDeclared(brokers);

        // As arguments, which come before the service's own configuration (as the test initializer's properties do).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AggregationServiceApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + brokers,
                        "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                        "--spring.mongodb.uri=mongodb://" + address.getHostString() + ":" + address.getPort() + "/nation-wide",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                        // The live contributions are written below through the same ledger; the live consumers stay
                        // stopped so that the rebuild is measured alone.
                        "--spring.cloud.stream.bindings.submissionEvents-in-0.consumer.auto-startup=false",
                        "--spring.cloud.stream.bindings.reviewEvents-in-0.consumer.auto-startup=false");
        try {
            PlanPublished plan = nationWidePlan("kh-toan-quoc-" + UUID.randomUUID().toString().substring(0, 8));
            context.getBean(Outlines.class).apply(AggregationApiTest.outline());
            context.getBean(Plans.class).apply(plan);
            ContributionLedger ledger = context.getBean(ContributionLedger.class);

            long publishing = System.nanoTime();
            long versions = publishAndRecord(plan, brokers, ledger);
            System.out.println("published-versions=" + versions + " publish-and-record-ms=" + (System.nanoTime() - publishing) / 1_000_000);

            RollupRebuild rebuild = context.getBean(RollupRebuild.class);
            long started = System.nanoTime();
            RebuildReport report = rebuild.rebuild(plan, false);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("rebuild-ms=" + millis + " events-read=" + report.eventsRead() + " contributions=" + report.contributions()
                    + " nodes-compared=" + report.nodesCompared() + " nodes-recomputed=" + report.nodesRecomputed()
                    + " differences=" + report.differences().size());

            // What the comparison holds: the plan's rebuilt contributions (the live ones stream past; only those that
            // differ are kept, none here).
            RollupService rollups = context.getBean(RollupService.class);
            long before = usedAfterGc();
            var rebuilt = rollups.contributions(plan.planId());
            long held = usedAfterGc() - before;
            System.out.println("compare-holds-bytes=" + held + " (" + rebuilt.size() + " contributions)");
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
            System.out.println("peak-heap-bytes=" + peak + " max-heap-bytes=" + Runtime.getRuntime().maxMemory());
        } finally {
            context.close();
            broker.destroy();
            store.shutdownNow();
        }
    }

    /** 63 provinces, 696 districts spread over them, 10.047 communes spread over the districts: only communes report. */
    static PlanPublished nationWidePlan(String planId) {
        List<ExpectedUnit> communes = new ArrayList<>(COMMUNES);
        for (int i = 0; i < COMMUNES; i++) {
            communes.add(PlanMother.unit(commune(i)));
        }
        return PlanMother.plan119().id(planId).outline(AggregationApiTest.OUTLINE_ID).expected(communes).build();
    }

    static UnitRef commune(int i) {
        int district = i % DISTRICTS;
        String province = String.format("P%02d", district % PROVINCES);
        return new UnitRef(String.format("%05d", i), "Xã Thử Nghiệm " + i, "COMMUNE", List.of(province, province + "-D" + district));
    }

    /**
     * Every version of every commune's report, and the district's acceptance of the last one for a third of them, sent to
     * the log and recorded as live contributions (in bulk, through the ledger the live consumer uses). Returns the number
     * of report versions.
     */
    private static long publishAndRecord(PlanPublished plan, String brokers, ContributionLedger ledger) throws Exception {
        long versions = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024))) {
            List<DomainEvent> chunk = new ArrayList<>();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < COMMUNES; i++) {
                UnitRef unit = commune(i);
                ReportSubmitted last = null;
                for (int v = 1; v <= VERSIONS; v++) {
                    last = ReportSubmittedMother.aReportSubmitted().plan(plan.planId()).unit(unit).version(v)
                            .submittedAt(Instant.parse("2025-06-01T02:00:00Z").plusSeconds(i * 60L + v))
                            .submissionId(plan.planId() + ":" + unit.code() + ":" + v).figures(figures(i, v)).build();
                    chunk.add(last);
                    versions++;
                }
                if (i % 3 == 0) {
                    chunk.add(ReviewEventMother.accepted(last, 1, unit.ancestry().get(1), false));
                }
                if (chunk.size() >= 2_000) {
                    send(producer, chunk, sent);
                    ledger.applyAll(chunk);
                    chunk.clear();
                }
            }
            send(producer, chunk, sent);
            ledger.applyAll(chunk);
            producer.flush();
            for (Future<?> future : sent) {
                future.get();
            }
        }
        return versions;
    }

    private static void send(KafkaProducer<String, byte[]> producer, List<DomainEvent> events, List<Future<?>> sent) {
        for (DomainEvent event : events) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/nation-wide-rebuild", Instant.now(), event);
            String topic = EventCatalog.entryFor(event.getClass()).topic();
            sent.add(producer.send(new ProducerRecord<>(topic, envelope.partitionKey(), CODEC.encode(envelope))));
        }
    }

    private static List<FigureValue> figures(int commune, int version) {
        return List.of(
                new FigureValue("propaganda.sessions", Qualifier.MORE_THAN, BigDecimal.valueOf(100 + version), null, Map.of()),
                new FigureValue("propaganda.attendees", Qualifier.EXACT, BigDecimal.valueOf(8_000 + commune % 100), null, Map.of()),
                new FigureValue("tips.received", Qualifier.EXACT, BigDecimal.valueOf(commune % 17), null, Map.of()),
                new FigureValue("cases.investigated", Qualifier.EXACT, BigDecimal.valueOf(version), null, Map.of()),
                new FigureValue("violations.fines-vnd", Qualifier.NEARLY, new BigDecimal("100000000"), null, Map.of()),
                new FigureValue("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(9), BigDecimal.valueOf(10), null));
    }

    /** submission-events and review-events as their publishers declare them (event-contracts Topics). */
    private static void createTopicsAsDeclared(String brokers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(Topics.SUBMISSION_EVENTS, Topics.REVIEW_EVENTS).stream()
                    .map(name -> Topics.spec(name).orElseThrow())
                    .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1)).toList()).all().get();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
