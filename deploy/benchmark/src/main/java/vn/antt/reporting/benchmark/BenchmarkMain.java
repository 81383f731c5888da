package vn.antt.reporting.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The load benchmark: one run against the running local stack (started with {@code --bench}), see benchmark.sh.
 *
 * <ol>
 *   <li>imports the nation-wide directory and issues a plan for every commune, with a deadline a few minutes ahead;</li>
 *   <li>follows every province's roll-up over SSE (freshness) while communes submit: a paced phase at
 *       {@code --paced-rate} through the gateway, then as fast as {@code --threads} workers can, half through the gateway
 *       and half straight to submission-service; district reviewers accept the paced phase's reports meanwhile;</li>
 *   <li>checks every province roll-up against the successful submissions (nothing lost, nothing counted twice);</li>
 *   <li>waits for the cutoff and the overdue alerts of the units left out;</li>
 *   <li>runs end-to-end cases on a plan of their own ({@link Cases}: submit, district accepts, province accepts, each
 *       through the gateway) and reports cases/s against the embedded workflow engine's;</li>
 *   <li>measures the raw limits (Kafka producer, document inserts) with the same payload, and prints everything as a
 *       table and as JSON.</li>
 * </ol>
 */
public final class BenchmarkMain {

    private final Map<String, String> options;
    private final Platform platform;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> responsesByProvince = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<long[]>> countsByProvince = new ConcurrentHashMap<>();

    private BenchmarkMain(Map<String, String> options) {
        this.options = options;
        this.platform = new Platform(option("issuer", "http://localhost:9000"),
                Path.of(option("out", ".local-stack/benchmark")).resolve("tokens.properties"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("Usage: benchmark [--units-file=PATH] [--provinces=63] [--paced-rate=200] [--paced-units=2000]"
                        + " [--threads=32] [--missing=0.02] [--deadline-in=PT6M] [--catch-up=PT3M] [--idle=PT15S]"
                        + " [--cases=600] [--case-threads=32] [--case-retry=PT0.25S] [--gateway=URL] [--submission=URL] [--issuer=URL]"
                        + " [--kafka=HOST:PORT] [--mongo=URI] [--out=DIR]");
                System.exit(2);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new BenchmarkMain(options).run();
        System.exit(0);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        String gateway = option("gateway", "http://localhost:8080");
        String direct = option("submission", "http://localhost:8081");
        // Setting up is not what is measured: straight to planning-service, without the gateway's 10 s limit
        // (issuing a plan for 10.047 communes takes longer).
        String planning = option("planning", "http://localhost:8085");
        Hierarchy tree = Hierarchy.load(Path.of(option("units-file", "../shared/data/dvhcvn.json")),
                Integer.parseInt(option("provinces", "63")));
        say("Units: %s — %d provinces, %d districts, %d communes", tree.source(), tree.provinces().size(),
                tree.provinceOf().size(), tree.communes().size());
        report.put("units", Map.of("source", tree.source(), "provinces", tree.provinces().size(),
                "districts", tree.provinceOf().size(), "communes", tree.communes().size()));
        Processes processes = new Processes();
        say("Processes found: %s", processes.found().keySet());

        // 1. Directory and plan.
        String admin = platform.token("TW", "ADMIN");
        long t = System.nanoTime();
        Platform.Answer imported = platform.post(planning + "/api/units/imports?national=false&validFrom=" + PRE_REFORM_DAY, admin, tree.importBody());
        check(imported, "import the directory");
        say("Directory imported in %.1f s", seconds(t));
        // 2. Tokens first (the clerks' and the district reviewers', who are signed in before the load as people are),
        // then the plan, so that its deadline is a few minutes after the load starts. The bench profile keeps its
        // client's secret {noop}: no BCrypt check per token (identity-service BenchmarkClientSecret).
        t = System.nanoTime();
        platform.loadTokens(token -> platform.get(gateway + "/api/plans", token).ok());
        int cached = platform.tokenCount();
        ExecutorService minting = Executors.newFixedThreadPool(4);
        for (String commune : tree.communes()) {
            minting.submit(() -> platform.token(commune, "CLERK"));
        }
        for (String district : new LinkedHashSet<>(tree.districtOf().values())) {
            minting.submit(() -> platform.token(district, "REVIEWER"));
        }
        minting.shutdown();
        minting.awaitTermination(60, TimeUnit.MINUTES);
        platform.saveTokens();
        double tokenSeconds = seconds(t);
        int minted = platform.tokenCount() - cached;
        say("%d clerk and reviewer tokens (%d minted, %d reused from the last run) in %.1f s", platform.tokenCount(), minted, cached,
                tokenSeconds);
        report.put("tokens", Map.of("minted", minted, "reused", cached, "seconds", round(tokenSeconds),
                "mintedPerSecond", round(minted / tokenSeconds)));
        String planId = "kh-thu-tai-" + Long.toString(System.currentTimeMillis(), 36);
        Instant deadline = Instant.now().plus(Duration.parse(option("deadline-in", "PT6M")));
        check(platform.post(planning + "/api/plans", admin, planRequest(planId, tree, deadline)), "create the plan");
        t = System.nanoTime();
        check(platform.post(planning + "/api/plans/" + planId + "/issue", admin, Map.of("reason", "Thử tải")), "issue the plan");
        say("Plan %s issued for %d communes in %.1f s; deadline %s", planId, tree.communes().size(), seconds(t), deadline);

        // The dashboards follow every province's roll-up.
        awaitPlanKnown(gateway, planId, tree, admin);
        for (String province : tree.provinces()) {
            countsByProvince.put(province, new ConcurrentLinkedQueue<>());
            responsesByProvince.put(province, new ConcurrentLinkedQueue<>());
            platform.follow(gateway + "/api/dashboards/" + planId + "/nodes/" + province + "/stream", admin, (data, at) -> {
                long count = Platform.JSON.readTree(data).at("/counts/submitted/count").asLong();
                countsByProvince.get(province).add(new long[] {count, at});
            });
        }

        // 3. Load.
        List<String> communes = new ArrayList<>(tree.communes());
        Collections.shuffle(communes, new java.util.Random(119));
        int missing = (int) Math.round(communes.size() * Double.parseDouble(option("missing", "0.02")));
        List<String> leftOut = communes.subList(communes.size() - missing, communes.size());
        List<String> submitting = communes.subList(0, communes.size() - missing);
        int pacedUnits = Math.min(Integer.parseInt(option("paced-units", "2000")), submitting.size() / 3);
        List<String> paced = submitting.subList(0, pacedUnits);
        List<String> rest = submitting.subList(pacedUnits, submitting.size());
        List<String> viaGateway = rest.subList(0, rest.size() / 2);
        List<String> straight = rest.subList(rest.size() / 2, rest.size());
        int threads = Integer.parseInt(option("threads", "32"));
        // The services' store operations while nothing is submitted (outbox relays' looks, schedules): taken off the
        // load's count per submission too (perAcceptedSubmissionLessIdle).
        Map<String, Map<String, Long>> idleFrom = StoreOperations.snapshot(platform);
        long idleStart = System.nanoTime();
        Thread.sleep(Duration.parse(option("idle", "PT15S")).toMillis());
        double idleSeconds = seconds(idleStart);
        Map<String, Map<String, Long>> storeBefore = StoreOperations.snapshot(platform);
        Map<String, Double> idleRates = StoreOperations.rates(idleFrom, storeBefore, idleSeconds);
        long storeStart = System.nanoTime();
        processes.start();
        Instant loadStart = Instant.now();

        Map<String, Double> stagesBefore = Stages.snapshot(platform);
        Phase pacedPhase = pacedPhase(gateway, planId, tree, paced, Double.parseDouble(option("paced-rate", "200")));
        // Freshness is read off the streams once the roll-ups have caught up with every answer of the phase.
        awaitCounted(gateway, planId, tree, admin, Duration.ofSeconds(60));
        Map<String, Double> stagesPaced = Stages.snapshot(platform);
        Map<String, Object> pacedFreshness = freshness(tree, Map.of());
        Map<String, Integer> counted = snapshotCounts();

        ReviewLoad reviews = new ReviewLoad(gateway, planId, tree, paced);
        reviews.start();
        Phase gatewayPhase = burst("through the gateway", gateway, planId, tree, viaGateway, threads);
        Phase directPhase = burst("straight to submission-service", direct, planId, tree, straight, threads);
        reviews.stop();
        Duration countedIn = awaitCounted(gateway, planId, tree, admin, Duration.ofMinutes(3));
        Map<String, Double> stagesBursts = Stages.snapshot(platform);
        Map<String, Object> burstFreshness = freshness(tree, counted);
        Map<String, Processes.Usage> usage = processes.stop();
        Instant loadEnd = Instant.now();
        // The store operations of the load's events are all counted once every service's consumers have taken them in
        // (review-service and notification-service may still be behind when the roll-ups are complete).
        Map<String, Object> caughtUp = StoreOperations.awaitConsumersCaughtUp(platform,
                Duration.parse(option("catch-up", "PT3M")));
        say("Consumers after the load: %s", caughtUp);
        Map<String, Map<String, Long>> storeAfter = StoreOperations.snapshot(platform);
        double storeSeconds = seconds(storeStart);

        // 4. Correctness of every province roll-up.
        Map<String, Object> correctness = correctness(gateway, planId, tree, admin);

        // 4b. The Excel roll-ups, streamed with SXSSF: the largest province's three times, then every province's once
        // (all 10.047 communes); their time and aggregation-service's memory.
        Long aggregationPid = processes.found().get("aggregation-service");
        Map<String, Long> communesPerProvince = new HashMap<>();
        tree.communes().forEach(c -> communesPerProvince.merge(tree.provinceOfCommune(c), 1L, Long::sum));
        Map.Entry<String, Long> largest = communesPerProvince.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Map<String, Object> excelExport = excelExport(gateway, planId, largest.getKey(), largest.getValue(), admin, aggregationPid);
        Map<String, Object> nationExport = everyProvinceExport(gateway, planId, communesPerProvince, admin, aggregationPid);

        // 5. The cutoff.
        Map<String, Object> cutoff = awaitOverdueAlerts(gateway, planId, tree, admin, deadline, leftOut);

        // 5b. End-to-end cases (submit, district accepts, province accepts, each through the gateway) on a plan of their own.
        Map<String, Object> cases = casesPhase(gateway, planning, tree, admin);

        // 6. Raw limits with the same payload.
        byte[] payload = submission(planId, paced.get(0), 1).getBytes(StandardCharsets.UTF_8);
        double kafka = RawLimits.kafkaRecordsPerSecond(option("kafka", "127.0.0.1:9092"), payload, 20_000);
        double inserts = RawLimits.documentInsertsPerSecond(option("mongo", "mongodb://127.0.0.1:27017"), payload, 20_000, threads);

        report.put("plan", planId);
        report.put("load", Map.of("from", loadStart.toString(), "to", loadEnd.toString(), "threads", threads,
                "leftOut", leftOut.size()));
        report.put("paced", pacedPhase.toMap());
        report.put("pacedFreshnessMs", pacedFreshness);
        report.put("gateway", gatewayPhase.toMap());
        report.put("direct", directPhase.toMap());
        report.put("burstFreshnessMs", burstFreshness);
        report.put("stagesPaced", Stages.between(stagesBefore, stagesPaced));
        report.put("stagesBursts", Stages.between(stagesPaced, stagesBursts));
        report.put("allCountedAfterBurstSeconds", countedIn.toMillis() / 1000.0);
        report.put("reviews", reviews.toMap());
        long acceptedSubmissions = pacedPhase.accepted.get() + gatewayPhase.accepted.get() + directPhase.accepted.get();
        Map<String, Object> storeOperations = StoreOperations.perSubmission(storeBefore, storeAfter, acceptedSubmissions, idleRates,
                storeSeconds);
        storeOperations.put("consumersAfterTheLoad", caughtUp);
        report.put("storeOperations", storeOperations);
        report.put("correctness", correctness);
        report.put("excelExport", excelExport);
        report.put("excelExportEveryProvince", nationExport);
        report.put("cutoff", cutoff);
        report.put("cases", cases);
        double best = Math.max(gatewayPhase.rate(), directPhase.rate());
        report.put("rawLimits", Map.of("payloadBytes", payload.length, "kafkaRecordsPerSecond", round(kafka),
                "documentInsertsPerSecond", round(inserts), "ourBestAsPercentOfKafka", round(100 * best / kafka),
                "ourBestAsPercentOfInserts", round(100 * best / inserts)));
        Map<String, Object> processReport = new LinkedHashMap<>();
        long totalRss = 0;
        for (Processes.Usage u : usage.values()) {
            processReport.put(u.name(), Map.of("pid", u.pid(), "maxRssMb", u.maxRssKb() / 1024, "cpuSeconds", round(u.cpuSeconds()),
                    "cpuPercent", round(u.cpuPercent())));
            totalRss += Math.max(0, u.maxRssKb());
        }
        processReport.put("totalMaxRssMb", totalRss / 1024);
        report.put("processes", processReport);
        print();
    }

    // ------------------------------------------------------------------ plan

    /**
     * The three-level tree of the official list (as of 01/3/2025) and the plan on it are dated before the two-level local
     * government of 1/7/2025: after it, planning-service refuses districts and a district review level.
     */
    static final LocalDate PRE_REFORM_DAY = LocalDate.of(2025, 3, 1);

    private ObjectNode planRequest(String planId, Hierarchy tree, Instant deadline) {
        ObjectNode plan = Platform.JSON.createObjectNode()
                .put("planId", planId).put("number", planId.substring(11).toUpperCase() + "/KH-TT")
                .put("issuingBody", "Bộ Công an (thử tải)")
                .put("issuedOn", PRE_REFORM_DAY.toString())
                .put("title", "Thử tải: báo cáo của mọi xã, phường, thị trấn trên toàn quốc")
                .put("periodFrom", LocalDate.of(2025, 1, 1).toString()).put("periodTo", LocalDate.of(2025, 12, 31).toString())
                .put("deadline", deadline.atOffset(ZoneOffset.ofHours(7)).toString())
                .put("recipientUnitCode", tree.provinces().get(0)).put("recipientName", "Cơ quan nhận báo cáo (thử tải)")
                .put("outlineId", "de-cuong-tong-ket-357").put("outlineVersion", 1).put("reviewTime", "P3D");
        ArrayNode rules = plan.putObject("participants").putArray("rules");
        for (String province : tree.provinces()) {
            rules.addObject().put("within", province).putArray("kinds").add("COMMUNE");
        }
        ObjectNode chain = plan.putArray("reviewChains").addObject().put("unitKind", "COMMUNE");
        chain.putArray("levels").add("DISTRICT").add("PROVINCE");
        return plan;
    }

    static String submission(String planId, String commune, int n) {
        ObjectNode body = Platform.JSON.createObjectNode().put("planId", planId).put("unitCode", commune);
        body.putObject("document").put("number", n + "/BC-UBND").put("issuedOn", LocalDate.now().toString())
                .put("signer", "Chủ tịch UBND xã").put("signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
        ArrayNode sections = body.putArray("sections");
        for (String number : List.of("I", "II.1", "II.2.1", "III", "IV")) {
            sections.addObject().put("number", number)
                    .put("text", "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định; công tác phối hợp được thực hiện nghiêm túc.");
        }
        ArrayNode figures = body.putArray("figures");
        figures.addObject().put("indicator", "propaganda.sessions").put("qualifier", "MORE_THAN").put("amount", 100);
        figures.addObject().put("indicator", "propaganda.attendees").put("qualifier", "MORE_THAN").put("amount", 8000);
        figures.addObject().put("indicator", "cases.investigated").put("amount", 20);
        return body.toString();
    }

    /** Until submission-service and aggregation-service know the plan and the last commune. */
    private void awaitPlanKnown(String gateway, String planId, Hierarchy tree, String admin) throws InterruptedException {
        String last = tree.communes().get(tree.communes().size() - 1);
        long start = System.nanoTime();
        while (seconds(start) < 600) {
            Platform.Answer mine = platform.get(gateway + "/api/submissions?planId=" + planId + "&unitCode=" + last, platform.token(last, "CLERK"));
            Platform.Answer rollup = platform.get(gateway + "/api/rollups/" + planId + "/nodes/" + tree.provinces().get(0), admin);
            if (mine.ok() && rollup.ok()) {
                say("Plan known to the services after %.1f s", seconds(start));
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the plan did not reach the services within 10 minutes");
    }

    // ------------------------------------------------------------------ load

    /** One phase of submissions: its outcomes, latencies and rate. */
    final class Phase {
        final String name;
        final Stats latency = new Stats();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final Refusals refusals = new Refusals();
        double seconds;

        Phase(String name) {
            this.name = name;
        }

        double rate() {
            return accepted.get() / seconds;
        }

        void submit(String base, String planId, Hierarchy tree, String commune, int n) {
            Platform.Answer answer = platform.post(base + "/api/submissions", platform.token(commune, "CLERK"),
                    submission(planId, commune, n).getBytes(StandardCharsets.UTF_8));
            latency.add(answer.millis());
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 201) {
                accepted.incrementAndGet();
                responsesByProvince.get(tree.provinceOfCommune(commune)).add(System.nanoTime());
            } else {
                refused.incrementAndGet();
                refusals.add(answer);
            }
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("accepted", accepted.get());
            map.put("refused", refused.get());
            map.put("statuses", new HashMap<>(statuses));
            map.put("refusedByStatusAndRule", refusals.toMap());
            map.put("seconds", round(seconds));
            map.put("submissionsPerSecond", round(rate()));
            map.put("latencyP50Ms", round(latency.percentile(50)));
            map.put("latencyP99Ms", round(latency.percentile(99)));
            return map;
        }
    }

    private Phase pacedPhase(String gateway, String planId, Hierarchy tree, List<String> units, double rate) throws InterruptedException {
        Phase phase = new Phase("paced at " + rate + "/s through the gateway");
        say("Phase 1: %d submissions paced at %.0f/s through the gateway", units.size(), rate);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch done = new CountDownLatch(units.size());
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < units.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String commune = units.get(i);
            int n = i + 1;
            pool.submit(() -> {
                try {
                    phase.submit(gateway, planId, tree, commune, n);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        phase.seconds = seconds(start);
        pool.shutdown();
        say("  %d accepted, %d refused in %.1f s (%.0f/s), p50 %.0f ms, p99 %.0f ms, statuses %s, refused %s", phase.accepted.get(),
                phase.refused.get(), phase.seconds, phase.rate(), phase.latency.percentile(50), phase.latency.percentile(99), phase.statuses,
                phase.refusals.toMap());
        return phase;
    }

    private Phase burst(String name, String base, String planId, Hierarchy tree, List<String> units, int threads) throws InterruptedException {
        Phase phase = new Phase(name);
        say("Phase: %d submissions %s, %d workers, as fast as they go", units.size(), name, threads);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < units.size()) {
                    phase.submit(base, planId, tree, units.get(i), 100_000 + i);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        phase.seconds = seconds(start);
        say("  %d accepted, %d refused in %.1f s (%.0f/s), p50 %.0f ms, p99 %.0f ms, statuses %s, refused %s", phase.accepted.get(),
                phase.refused.get(), phase.seconds, phase.rate(), phase.latency.percentile(50), phase.latency.percentile(99), phase.statuses,
                phase.refusals.toMap());
        return phase;
    }

    /**
     * District reviewers accept the paced phase's reports while the bursts run, four at a time. A reviewer whose click
     * finds no case yet ({@code 404 review-case-not-found}: review-service has not taken the submission's event in yet,
     * the documented "not there yet") waits a second and clicks again, as the worklist page would show it a moment later;
     * every other non-success answer is a refusal, counted by status and rule ({@code statuses} counts every answer, the
     * waits included).
     */
    final class ReviewLoad {
        static final String NOT_THERE_YET = "review-case-not-found";
        private final String gateway;
        private final String planId;
        private final Hierarchy tree;
        private final List<String> units;
        private final Stats latency = new Stats();
        private final Stats acceptedAfter = new Stats();
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger waited = new AtomicInteger();
        private final AtomicInteger acceptedAfterWaiting = new AtomicInteger();
        private final AtomicInteger stillWaiting = new AtomicInteger();
        private final Refusals refusals = new Refusals();
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private volatile boolean running = true;
        private ExecutorService pool;

        ReviewLoad(String gateway, String planId, Hierarchy tree, List<String> units) {
            this.gateway = gateway;
            this.planId = planId;
            this.tree = tree;
            this.units = units;
        }

        void start() {
            pool = Executors.newFixedThreadPool(4);
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < 4; w++) {
                pool.submit(() -> {
                    int i;
                    while (running && (i = next.getAndIncrement()) < units.size()) {
                        accept(units.get(i));
                    }
                });
            }
        }

        private void accept(String commune) {
            String token = platform.token(tree.districtOf().get(commune), "REVIEWER");
            long start = System.nanoTime();
            boolean waitedForCase = false;
            while (true) {
                Platform.Answer answer = platform.post(gateway + "/api/review-cases/" + planId + "/" + commune + "/acceptance", token,
                        Map.of("version", 1));
                latency.add(answer.millis());
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.ok()) {
                    accepted.incrementAndGet();
                    if (waitedForCase) {
                        acceptedAfterWaiting.incrementAndGet();
                    }
                    acceptedAfter.add((System.nanoTime() - start) / 1e6);
                    return;
                }
                if (answer.status() == 404 && NOT_THERE_YET.equals(Refusals.ruleOf(answer))) {
                    if (!waitedForCase) {
                        waitedForCase = true;
                        waited.incrementAndGet();
                    }
                    if (!running) {
                        stillWaiting.incrementAndGet();
                        return;
                    }
                    try {
                        Thread.sleep(1000); // the reviewer's page shows the case a moment later
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stillWaiting.incrementAndGet();
                        return;
                    }
                    continue;
                }
                refused.incrementAndGet();
                refusals.add(answer);
                return;
            }
        }

        void stop() throws InterruptedException {
            running = false;
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            say("Reviews during the bursts: %d accepted (%d after waiting for the case), %d refused %s, %d still waiting; "
                    + "p50 %.0f ms, p99 %.0f ms per answer; statuses %s", accepted.get(), acceptedAfterWaiting.get(), refused.get(),
                    refusals.toMap(), stillWaiting.get(), latency.percentile(50), latency.percentile(99), statuses);
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("accepted", accepted.get());
            map.put("refused", refused.get());
            map.put("refusedByStatusAndRule", refusals.toMap());
            map.put("waitedForTheCase", waited.get());
            map.put("acceptedAfterWaiting", acceptedAfterWaiting.get());
            map.put("stillWaitingAtTheEnd", stillWaiting.get());
            map.put("statuses", new HashMap<>(statuses));
            map.put("latencyP50Ms", round(latency.percentile(50)));
            map.put("latencyP99Ms", round(latency.percentile(99)));
            map.put("clickToAcceptedP50Ms", round(acceptedAfter.percentile(50)));
            map.put("clickToAcceptedP99Ms", round(acceptedAfter.percentile(99)));
            return map;
        }
    }

    /**
     * The end-to-end cases (see {@link Cases}) on a plan issued for their communes only, after every other phase: the
     * reviewers are signed in first, as the other phases' are; {@code --cases=0} leaves the phase out.
     */
    private Map<String, Object> casesPhase(String gateway, String planning, Hierarchy tree, String admin) throws Exception {
        int count = Integer.parseInt(option("cases", "600"));
        if (count <= 0) {
            return Map.of("skipped", true);
        }
        int workers = Integer.parseInt(option("case-threads", option("threads", "32")));
        Duration retry = Duration.parse(option("case-retry", "PT0.25S"));
        List<String> communes = Cases.pick(tree, count, 21);
        for (String commune : communes) {
            String district = tree.districtOf().get(commune);
            platform.token(commune, "CLERK");
            platform.token(district, "REVIEWER");
            platform.token(tree.provinceOf().get(district), "REVIEWER");
        }
        String planId = "kh-ho-so-" + Long.toString(System.currentTimeMillis(), 36);
        check(platform.post(planning + "/api/plans", admin, Cases.planRequest(planId, communes, tree.provinces().get(0),
                Instant.now().plus(Duration.ofDays(1)))), "create the cases plan");
        check(platform.post(planning + "/api/plans/" + planId + "/issue", admin, Map.of("reason", "Thử tải hồ sơ")), "issue the cases plan");
        // Known to submission-service (the last commune may submit) and to review-service (its overview answers).
        String last = communes.get(communes.size() - 1);
        String lastProvince = tree.provinceOfCommune(last);
        long t = System.nanoTime();
        while (!(platform.get(gateway + "/api/submissions?planId=" + planId + "&unitCode=" + last, platform.token(last, "CLERK")).ok()
                && platform.get(gateway + "/api/review-cases/" + planId, platform.token(lastProvince, "REVIEWER")).ok())) {
            if (seconds(t) > 600) {
                throw new IllegalStateException("the cases plan did not reach the services within 10 minutes");
            }
            Thread.sleep(500);
        }
        double knownAfter = seconds(t);
        say("Cases plan %s for %d communes known to the services after %.1f s; %d workers submit, accept at the district, accept "
                + "at the province, each through the gateway", planId, communes.size(), knownAfter, workers);
        String loadBefore = loadAverage();
        Processes processes = new Processes();
        processes.start();
        Cases.Tally tally = new Cases(platform, gateway, planId, tree, retry, Duration.ofMinutes(2)).run(communes, workers);
        Map<String, Processes.Usage> usage = processes.stop();
        Map<String, Object> map = tally.toMap(communes.size(), workers, retry);
        map.put("plan", planId);
        map.put("planKnownAfterSeconds", round(knownAfter));
        map.put("loadAverageBefore", loadBefore);
        map.put("loadAverageAfter", loadAverage());
        Map<String, Object> cpu = new LinkedHashMap<>();
        double total = 0;
        for (Processes.Usage u : usage.values()) {
            cpu.put(u.name(), round(u.cpuPercent()));
            total += u.cpuPercent();
        }
        cpu.put("total", round(total));
        map.put("cpuPercentOfACore", cpu);
        say("  %d cases complete, %d refused %s, %d unfinished in %.1f s: %.1f cases/s (%.2f × the embedded engine's %.1f), "
                + "per case p50 %.0f ms, p99 %.0f ms; not there yet %s; load %s → %s", tally.completed.get(), tally.refused.get(),
                tally.refusedByStepStatusAndRule(), tally.unfinished.get(), tally.seconds, tally.rate(),
                tally.rate() / Cases.EMBEDDED_ENGINE_CASES_PER_SECOND, Cases.EMBEDDED_ENGINE_CASES_PER_SECOND,
                tally.perCase.percentile(50), tally.perCase.percentile(99), tally.notThereYet, loadBefore, map.get("loadAverageAfter"));
        return map;
    }

    /** The machine's load average (1, 5 and 15 minutes), as uptime prints it; empty where /proc is not. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException notLinux) {
            return "";
        }
    }

    // ------------------------------------------------------------------ measurements

    /**
     * Freshness: per province, the i-th successful submission (in response order) is fresh when the province's stream
     * first shows at least i submitted; from its response to that event. Only the submissions after those counted in
     * {@code before} (an earlier phase's).
     */
    private Map<String, Object> freshness(Hierarchy tree, Map<String, Integer> before) {
        Stats stats = new Stats();
        AtomicLong unseen = new AtomicLong();
        for (String province : tree.provinces()) {
            List<Long> responses = new ArrayList<>(responsesByProvince.get(province));
            Collections.sort(responses);
            List<long[]> events = new ArrayList<>(countsByProvince.get(province));
            events.sort((a, b) -> Long.compare(a[1], b[1]));
            int skip = before.getOrDefault(province, 0);
            for (int i = skip; i < responses.size(); i++) {
                long rank = i + 1;
                long response = responses.get(i);
                Long seen = null;
                for (long[] event : events) {
                    if (event[0] >= rank) {
                        seen = event[1];
                        break;
                    }
                }
                if (seen == null) {
                    unseen.incrementAndGet();
                } else {
                    stats.add(Math.max(0, (seen - response) / 1e6));
                }
            }
        }
        return Map.of("samples", stats.count(), "p50", round(stats.percentile(50)), "p99", round(stats.percentile(99)),
                "notSeen", unseen.get());
    }

    private Map<String, Integer> snapshotCounts() {
        Map<String, Integer> counts = new HashMap<>();
        responsesByProvince.forEach((province, responses) -> counts.put(province, responses.size()));
        return counts;
    }

    /** Until every province's roll-up counts the successful submissions; how long that took. */
    private Duration awaitCounted(String gateway, String planId, Hierarchy tree, String admin, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        while (seconds(start) < timeout.toSeconds()) {
            boolean all = true;
            for (String province : tree.provinces()) {
                Platform.Answer answer = platform.get(gateway + "/api/rollups/" + planId + "/nodes/" + province, admin);
                if (!answer.ok() || answer.json().at("/counts/submitted/count").asLong() < responsesByProvince.get(province).size()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(2000); // each check reads 63 roll-ups over 10.047 units: not too often, it is load too
        }
        return timeout;
    }

    /** Every province roll-up against the successful submissions the benchmark saw. */
    private Map<String, Object> correctness(String gateway, String planId, Hierarchy tree, String admin) {
        long expected = 0;
        long counted = 0;
        long lost = 0;
        long twice = 0;
        List<String> wrong = new ArrayList<>();
        for (String province : tree.provinces()) {
            long e = responsesByProvince.get(province).size();
            long c = platform.get(gateway + "/api/rollups/" + planId + "/nodes/" + province, admin).json()
                    .at("/counts/submitted/count").asLong();
            expected += e;
            counted += c;
            lost += Math.max(0, e - c);
            twice += Math.max(0, c - e);
            if (e != c) {
                wrong.add(province + ": " + c + " counted, " + e + " submitted");
            }
        }
        say("Correctness: %d submitted, %d counted by the province roll-ups, %d not counted (yet), %d counted twice", expected, counted,
                lost, twice);
        return Map.of("submitted", expected, "counted", counted, "notCountedWhenChecked", lost, "countedTwice", twice,
                "provincesWrong", wrong);
    }

    /**
     * Downloads the Excel roll-up of {@code node} three times (the first warms the JVM) and samples
     * aggregation-service's RSS every 100 ms meanwhile: the export must not grow the service's memory with the size of
     * the plan (SXSSF keeps a window of rows in memory and the rest in a temporary file).
     */
    private Map<String, Object> excelExport(String gateway, String planId, String node, long communes, String admin,
                                            Long aggregationPid) throws InterruptedException {
        RssSampler rss = new RssSampler(aggregationPid);
        List<Double> millis = new ArrayList<>();
        Platform.Download last = null;
        for (int i = 0; i < 3; i++) {
            last = platform.download(gateway + "/api/rollups/" + planId + "/nodes/" + node + "/export", admin);
            millis.add(last.millis());
        }
        rss.stop();
        say("Excel export of node %s (%d communes): %d, %d bytes, %.0f / %.0f / %.0f ms; aggregation-service RSS %d → max %d MB",
                node, communes, last.status(), last.bytes(), millis.get(0), millis.get(1), millis.get(2),
                rss.beforeMb(), rss.maxMb());
        return Map.of("node", node, "communes", communes, "status", last.status(), "bytes", last.bytes(),
                "firstMs", round(millis.get(0)), "warmMs", round(Math.min(millis.get(1), millis.get(2))),
                "aggregationRssBeforeMb", rss.beforeMb(), "aggregationRssMaxMb", rss.maxMb());
    }

    /** Downloads every province's Excel roll-up once, one after the other: the whole plan through the real service. */
    private Map<String, Object> everyProvinceExport(String gateway, String planId, Map<String, Long> communesPerProvince,
                                                    String admin, Long aggregationPid) throws InterruptedException {
        RssSampler rss = new RssSampler(aggregationPid);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long bytes = 0;
        double slowest = 0;
        long t = System.nanoTime();
        for (String province : communesPerProvince.keySet()) {
            Platform.Download download = platform.download(gateway + "/api/rollups/" + planId + "/nodes/" + province + "/export", admin);
            statuses.merge(download.status(), 1, Integer::sum);
            bytes += download.bytes();
            slowest = Math.max(slowest, download.millis());
        }
        double totalMs = (System.nanoTime() - t) / 1e6;
        rss.stop();
        long communes = communesPerProvince.values().stream().mapToLong(Long::longValue).sum();
        say("Excel export of every province (%d, %d communes): statuses %s, %d bytes in %.1f s (slowest %.0f ms); "
                + "aggregation-service RSS %d → max %d MB", communesPerProvince.size(), communes, statuses, bytes,
                totalMs / 1000, slowest, rss.beforeMb(), rss.maxMb());
        return Map.of("provinces", communesPerProvince.size(), "communes", communes, "statuses", statuses, "bytes", bytes,
                "totalMs", round(totalMs), "slowestMs", round(slowest), "aggregationRssBeforeMb", rss.beforeMb(),
                "aggregationRssMaxMb", rss.maxMb());
    }

    /** Samples a process's RSS every 100 ms until stopped (nothing when the process was not found). */
    private static final class RssSampler {
        private final long beforeKb;
        private final AtomicLong maxKb;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        RssSampler(Long pid) {
            beforeKb = pid == null ? -1 : Processes.rssKb(pid);
            maxKb = new AtomicLong(beforeKb);
            if (pid != null) {
                sampler.scheduleAtFixedRate(() -> maxKb.accumulateAndGet(Processes.rssKb(pid), Math::max), 0, 100, TimeUnit.MILLISECONDS);
            }
        }

        void stop() throws InterruptedException {
            sampler.shutdownNow();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
        }

        long beforeMb() {
            return beforeKb / 1024;
        }

        long maxMb() {
            return maxKb.get() / 1024;
        }
    }

    /** From the cutoff to the last overdue alert of the districts whose communes were left out. */
    private Map<String, Object> awaitOverdueAlerts(String gateway, String planId, Hierarchy tree, String admin, Instant deadline,
                                                   List<String> leftOut) throws InterruptedException {
        Set<String> supervisors = new LinkedHashSet<>();
        leftOut.forEach(c -> supervisors.add(tree.districtOf().get(c)));
        say("Waiting for the cutoff at %s and the overdue alerts of %d districts", deadline, supervisors.size());
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        Instant last = null;
        Set<String> alerted = new LinkedHashSet<>();
        while (Instant.now().isBefore(deadline.plus(Duration.ofMinutes(5)))) {
            JsonNode alerts = platform.get(gateway + "/api/alerts?planId=" + planId, admin).json();
            alerted.clear();
            last = null;
            for (JsonNode alert : alerts) {
                if (alert.get("kind").asString().equals("OVERDUE") && supervisors.contains(alert.get("supervisorUnitCode").asString())) {
                    alerted.add(alert.get("supervisorUnitCode").asString());
                    Instant raised = Instant.parse(alert.get("raisedAt").asString());
                    last = last == null || raised.isAfter(last) ? raised : last;
                }
            }
            if (alerted.containsAll(supervisors)) {
                break;
            }
            Thread.sleep(2000);
        }
        double seconds = last == null ? Double.NaN : Duration.between(deadline, last).toMillis() / 1000.0;
        say("Overdue alerts for %d of %d districts; the last %.1f s after the cutoff", alerted.size(), supervisors.size(), seconds);
        return Map.of("deadline", deadline.toString(), "districtsWithMissingUnits", supervisors.size(), "alerted", alerted.size(),
                "lastAlertAfterCutoffSeconds", seconds);
    }

    // ------------------------------------------------------------------ output

    private void print() throws Exception {
        Path out = Path.of(option("out", ".local-stack/benchmark"));
        Files.createDirectories(out);
        Path file = out.resolve("benchmark-" + Instant.now().toString().replace(':', '-') + ".json");
        Files.writeString(file, Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        row("submissions/s through the gateway (burst)", ((Map<?, ?>) report.get("gateway")).get("submissionsPerSecond"));
        row("submissions/s straight to submission-service (burst)", ((Map<?, ?>) report.get("direct")).get("submissionsPerSecond"));
        row("HTTP latency p50 / p99, gateway burst (ms)", latency((Map<?, ?>) report.get("gateway")));
        row("HTTP latency p50 / p99, direct burst (ms)", latency((Map<?, ?>) report.get("direct")));
        row("paced phase: rate reached, latency p50 / p99 (ms)", ((Map<?, ?>) report.get("paced")).get("submissionsPerSecond") + "/s, "
                + latency((Map<?, ?>) report.get("paced")));
        row("freshness at the paced rate p50 / p99 (ms)", fresh((Map<?, ?>) report.get("pacedFreshnessMs")));
        row("freshness during the bursts p50 / p99 (ms)", fresh((Map<?, ?>) report.get("burstFreshnessMs")));
        row("where the paced phase's freshness goes (means: relay, broker and consumer, store write per poll)",
                stages((Map<?, ?>) report.get("stagesPaced")));
        row("where the bursts' freshness goes (the same)", stages((Map<?, ?>) report.get("stagesBursts")));
        row("every province roll-up correct after the bursts (s)", report.get("allCountedAfterBurstSeconds"));
        row("correctness", report.get("correctness"));
        row("cutoff → last overdue alert (s)", ((Map<?, ?>) report.get("cutoff")).get("lastAlertAfterCutoffSeconds"));
        row("raw limits", report.get("rawLimits"));
        row("token set-up", report.get("tokens"));
        for (String phase : List.of("paced", "gateway", "direct")) {
            row("refused submissions (" + phase + ") by status and rule", ((Map<?, ?>) report.get(phase)).get("refusedByStatusAndRule"));
        }
        Map<?, ?> reviews = (Map<?, ?>) report.get("reviews");
        row("reviews during the bursts: accepted / refused", reviews.get("accepted") + " / " + reviews.get("refused") + " ("
                + reviews.get("acceptedAfterWaiting") + " accepted after waiting for the case, " + reviews.get("stillWaitingAtTheEnd")
                + " still waiting at the end)");
        row("reviews refused by status and rule", reviews.get("refusedByStatusAndRule"));
        Map<?, ?> cases = (Map<?, ?>) report.get("cases");
        if (cases.containsKey("casesPerSecond")) {
            row("end-to-end cases/s (submit, district accepts, province accepts, each through the gateway)", cases.get("casesPerSecond")
                    + " (" + cases.get("ratioToEmbeddedEngine") + " × the embedded engine's " + cases.get("embeddedEngineCasesPerSecond")
                    + "); " + cases.get("completed") + " of " + cases.get("cases") + " complete in " + cases.get("seconds") + " s, "
                    + cases.get("workers") + " workers, load " + cases.get("loadAverageBefore") + " → " + cases.get("loadAverageAfter"));
            row("cases: per case p50 / p99 (ms)", cases.get("perCaseP50Ms") + " / " + cases.get("perCaseP99Ms"));
            row("cases: per step (answers, p50 / p99 ms, not there yet)", cases.get("steps"));
            row("cases refused by step, status and rule", cases.get("refusedByStepStatusAndRule") + " (" + cases.get("refused")
                    + " refused, " + cases.get("unfinished") + " unfinished)");
            row("cases: CPU of each process (% of a core)", cases.get("cpuPercentOfACore"));
        }
        row("reviews: answer p50 / p99, click to accepted p50 / p99 (ms)", reviews.get("latencyP50Ms") + " / " + reviews.get("latencyP99Ms")
                + ", " + reviews.get("clickToAcceptedP50Ms") + " / " + reviews.get("clickToAcceptedP99Ms"));
        Map<?, ?> store = (Map<?, ?>) report.get("storeOperations");
        row("store operations per accepted submission, all services (less the idle rate)", store.get("totalPerAcceptedSubmission")
                + " (" + store.get("totalPerAcceptedSubmissionLessIdle") + ") over " + store.get("seconds") + " s (over "
                + store.get("acceptedSubmissions") + " accepted; consumers after the load " + store.get("consumersAfterTheLoad") + ")");
        ((Map<?, ?>) store.get("services")).forEach((name, ops) -> {
            Map<?, ?> o = (Map<?, ?>) ops;
            row("  " + name, o.get("perAcceptedSubmission") + " (" + o.get("perAcceptedSubmissionLessIdle") + "; idle "
                    + o.get("idlePerSecond") + "/s) " + o.get("perCollectionAndCommand"));
        });
        row("Excel roll-up of the largest province (first / warm ms, aggregation RSS MB)", export((Map<?, ?>) report.get("excelExport")));
        Map<?, ?> every = (Map<?, ?>) report.get("excelExportEveryProvince");
        row("Excel roll-up of every province, once each", every.get("communes") + " communes, statuses " + every.get("statuses") + ", "
                + every.get("totalMs") + " ms in all (slowest " + every.get("slowestMs") + " ms), aggregation RSS "
                + every.get("aggregationRssBeforeMb") + " → max " + every.get("aggregationRssMaxMb") + " MB");
        row("total max RSS of the stack (MB)", ((Map<?, ?>) report.get("processes")).get("totalMaxRssMb"));
        ((Map<?, ?>) report.get("processes")).forEach((name, usage) -> {
            if (usage instanceof Map<?, ?> u) {
                row("  " + name, u.get("maxRssMb") + " MB max RSS, " + u.get("cpuSeconds") + " s CPU (" + u.get("cpuPercent") + "% of a core)");
            }
        });
        System.out.println();
        System.out.println("Report: " + file.toAbsolutePath());
    }

    private static String export(Map<?, ?> export) {
        return export.get("node") + " (" + export.get("communes") + " communes): " + export.get("status") + ", "
                + export.get("firstMs") + " / " + export.get("warmMs") + " ms, " + export.get("aggregationRssBeforeMb") + " → max "
                + export.get("aggregationRssMaxMb") + " MB";
    }

    private static String latency(Map<?, ?> phase) {
        return phase.get("latencyP50Ms") + " / " + phase.get("latencyP99Ms");
    }

    private static String stages(Map<?, ?> stages) {
        Map<?, ?> submissions = (Map<?, ?>) stages.get("submission-events");
        return "relay " + submissions.get("relayMeanMs") + " ms, broker and consumer " + submissions.get("brokerAndConsumerMeanMs")
                + " ms (submission-events: " + submissions.get("records") + " records in " + submissions.get("polls") + " polls), store "
                + stages.get("storeBulkWriteMeanMs") + " ms per bulk write (" + stages.get("storeBulkWrites") + ")";
    }

    private static String fresh(Map<?, ?> freshness) {
        return freshness.get("p50") + " / " + freshness.get("p99") + " (" + freshness.get("samples") + " samples, "
                + freshness.get("notSeen") + " not seen)";
    }

    private static void row(String name, Object value) {
        System.out.println("| " + name + " | " + value + " |");
    }

    private static void check(Platform.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("Could not " + what + ": " + answer.status() + " " + answer.body());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[%s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }
}
