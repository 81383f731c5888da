package vn.antt.reporting.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * End-to-end cases: each of {@code workers} takes a commune of a plan of its own (the cases plan, issued for the
 * phase's communes only, so no other phase's reports or roll-ups are touched) and, each step through the gateway,
 * submits the commune's report, accepts it as the district's reviewer, then as the province's reviewer. A case is
 * complete when the province's acceptance is answered 200. A click answered "not there yet" ({@code 404
 * review-case-not-found}: review-service has not taken the submission's event in yet) is made again after
 * {@code retry}; every other non-success answer ends the case as refused, counted by step, status and rule.
 *
 * <p>The comparison is an embedded workflow engine doing the same three-level approval on this machine: Flowable 7.2
 * with H2 in memory, one JVM, no HTTP, {@value #EMBEDDED_ENGINE_CASES_PER_SECOND} cases/s (issue 21).
 */
final class Cases {

    static final double EMBEDDED_ENGINE_CASES_PER_SECOND = 49.8;
    static final String NOT_THERE_YET = "review-case-not-found";

    enum Step {
        SUBMIT, DISTRICT, PROVINCE
    }

    enum Next {
        /** The step succeeded: on to the next one (or the case is complete). */
        DONE,
        /** "Not there yet": the same click again a moment later. */
        AGAIN,
        /** Any other answer: the case ends, refused. */
        REFUSED
    }

    /** What a worker does after {@code answer} to {@code step}. */
    static Next next(Step step, Platform.Answer answer) {
        if (step == Step.SUBMIT) {
            return answer.status() == 201 ? Next.DONE : Next.REFUSED;
        }
        if (answer.status() == 200) {
            return Next.DONE;
        }
        return answer.status() == 404 && NOT_THERE_YET.equals(Refusals.ruleOf(answer)) ? Next.AGAIN : Next.REFUSED;
    }

    /**
     * {@code count} communes of the tree, spread over it (shuffled with a seed of their own, so a run repeats), in the
     * order the workers take them.
     */
    static List<String> pick(Hierarchy tree, int count, long seed) {
        List<String> communes = new ArrayList<>(tree.communes());
        Collections.shuffle(communes, new Random(seed));
        return List.copyOf(communes.subList(0, Math.min(count, communes.size())));
    }

    /**
     * The cases plan: the listed communes only, reviewed by their district then their province, dated before the
     * reform (as the main plan) and due a day later, so the phase raises no overdue alert.
     */
    static ObjectNode planRequest(String planId, List<String> communes, String recipient, Instant deadline) {
        ObjectNode plan = Platform.JSON.createObjectNode()
                .put("planId", planId).put("number", planId.substring(planId.lastIndexOf('-') + 1).toUpperCase() + "/KH-HS")
                .put("issuingBody", "Bộ Công an (thử tải)")
                .put("issuedOn", BenchmarkMain.PRE_REFORM_DAY.toString())
                .put("title", "Thử tải: hồ sơ báo cáo qua ba cấp (xã nộp, huyện duyệt, tỉnh duyệt)")
                .put("periodFrom", LocalDate.of(2025, 1, 1).toString()).put("periodTo", LocalDate.of(2025, 12, 31).toString())
                .put("deadline", deadline.atOffset(ZoneOffset.ofHours(7)).toString())
                .put("recipientUnitCode", recipient).put("recipientName", "Cơ quan nhận báo cáo (thử tải)")
                .put("outlineId", "de-cuong-tong-ket-357").put("outlineVersion", 1).put("reviewTime", "P3D");
        ArrayNode units = plan.putObject("participants").putArray("units");
        communes.forEach(units::add);
        ObjectNode chain = plan.putArray("reviewChains").addObject().put("unitKind", "COMMUNE");
        chain.putArray("levels").add("DISTRICT").add("PROVINCE");
        return plan;
    }

    /** The phase's counts and times; filled by the workers, read when they are done. */
    static final class Tally {
        final Stats perCase = new Stats();
        final Map<Step, Stats> answers = new EnumMap<>(Step.class);
        final Map<Step, Refusals> refusals = new EnumMap<>(Step.class);
        final Map<Step, AtomicInteger> notThereYet = new EnumMap<>(Step.class);
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger unfinished = new AtomicInteger();
        double seconds;

        Tally() {
            for (Step step : Step.values()) {
                answers.put(step, new Stats());
                refusals.put(step, new Refusals());
                notThereYet.put(step, new AtomicInteger());
            }
        }

        void answered(Step step, Platform.Answer answer) {
            answers.get(step).add(answer.millis());
            statuses.merge(answer.status(), 1, Integer::sum);
            switch (next(step, answer)) {
                case AGAIN -> notThereYet.get(step).incrementAndGet();
                case REFUSED -> {
                    refusals.get(step).add(answer);
                    refused.incrementAndGet();
                }
                case DONE -> {
                }
            }
        }

        void complete(double millis) {
            completed.incrementAndGet();
            perCase.add(millis);
        }

        double rate() {
            return seconds > 0 ? completed.get() / seconds : Double.NaN;
        }

        /** Refusals by step, then "status rule"; steps without refusals left out. */
        Map<String, Map<String, Integer>> refusedByStepStatusAndRule() {
            Map<String, Map<String, Integer>> byStep = new LinkedHashMap<>();
            refusals.forEach((step, r) -> {
                if (r.total() > 0) {
                    byStep.put(step.name().toLowerCase(), r.toMap());
                }
            });
            return byStep;
        }

        Map<String, Object> toMap(int cases, int workers, Duration retry) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("cases", cases);
            map.put("workers", workers);
            map.put("retryAfterNotThereYetMs", retry.toMillis());
            map.put("completed", completed.get());
            map.put("refused", refused.get());
            map.put("unfinished", unfinished.get());
            map.put("seconds", BenchmarkMain.round(seconds));
            map.put("casesPerSecond", BenchmarkMain.round(rate()));
            map.put("embeddedEngineCasesPerSecond", EMBEDDED_ENGINE_CASES_PER_SECOND);
            map.put("ratioToEmbeddedEngine", BenchmarkMain.round(rate() / EMBEDDED_ENGINE_CASES_PER_SECOND));
            map.put("perCaseP50Ms", BenchmarkMain.round(perCase.percentile(50)));
            map.put("perCaseP99Ms", BenchmarkMain.round(perCase.percentile(99)));
            Map<String, Object> steps = new LinkedHashMap<>();
            for (Step step : Step.values()) {
                Stats s = answers.get(step);
                steps.put(step.name().toLowerCase(), Map.of("answers", s.count(), "p50Ms", BenchmarkMain.round(s.percentile(50)),
                        "p99Ms", BenchmarkMain.round(s.percentile(99)), "notThereYet", notThereYet.get(step).get()));
            }
            map.put("steps", steps);
            map.put("statuses", new HashMap<>(statuses));
            map.put("refusedByStepStatusAndRule", refusedByStepStatusAndRule());
            return map;
        }
    }

    private final Platform platform;
    private final String gateway;
    private final String planId;
    private final Hierarchy tree;
    private final Duration retry;
    private final Duration limit;
    final Tally tally = new Tally();

    Cases(Platform platform, String gateway, String planId, Hierarchy tree, Duration retry, Duration limit) {
        this.platform = platform;
        this.gateway = gateway;
        this.planId = planId;
        this.tree = tree;
        this.retry = retry;
        this.limit = limit;
    }

    /** Runs the communes' cases with {@code workers} workers until every case is complete or refused. */
    Tally run(List<String> communes, int workers) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < communes.size()) {
                    runCase(communes.get(i), i + 1);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        tally.seconds = (System.nanoTime() - start) / 1e9;
        return tally;
    }

    private void runCase(String commune, int n) {
        String district = tree.districtOf().get(commune);
        String province = tree.provinceOf().get(district);
        long start = System.nanoTime();
        Platform.Answer submitted = platform.post(gateway + "/api/submissions", platform.token(commune, "CLERK"),
                BenchmarkMain.submission(planId, commune, n).getBytes(StandardCharsets.UTF_8));
        tally.answered(Step.SUBMIT, submitted);
        if (next(Step.SUBMIT, submitted) != Next.DONE) {
            return;
        }
        String acceptance = gateway + "/api/review-cases/" + planId + "/" + commune + "/acceptance";
        long until = start + limit.toNanos();
        for (Step step : List.of(Step.DISTRICT, Step.PROVINCE)) {
            String token = platform.token(step == Step.DISTRICT ? district : province, "REVIEWER");
            while (true) {
                Platform.Answer answer = platform.post(acceptance, token, Map.of("version", 1));
                tally.answered(step, answer);
                Next then = next(step, answer);
                if (then == Next.DONE) {
                    break;
                }
                if (then == Next.REFUSED) {
                    return;
                }
                if (System.nanoTime() > until) {
                    tally.unfinished.incrementAndGet();
                    return;
                }
                try {
                    Thread.sleep(retry.toMillis()); // the reviewer's page shows the case a moment later
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    tally.unfinished.incrementAndGet();
                    return;
                }
            }
        }
        tally.complete((System.nanoTime() - start) / 1e6);
    }
}
