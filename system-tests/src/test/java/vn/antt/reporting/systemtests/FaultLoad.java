package vn.antt.reporting.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The load of the fault scenario and the ground truth it leaves: communes of one synthetic province submit their
 * reports through the gateway, each trying again (same {@code Idempotency-Key}) until it has a success answer, as a
 * unit's software would; district reviewers accept most of them. What counts as done is only what got a success
 * answer, so the truth never depends on the platform's own view.
 */
final class FaultLoad {

    static final String PROVINCE = "TSC";
    static final List<String> INDICATORS = List.of("propaganda.sessions", "propaganda.attendees", "cases.investigated");

    record Commune(String code, String name, String district, int index) {

        /** Each commune's own figures, so that a sum counting one twice or missing one shows. */
        Map<String, BigDecimal> figures() {
            return Map.of("propaganda.sessions", BigDecimal.valueOf(10 + index % 40),
                    "propaganda.attendees", BigDecimal.valueOf(500 + 7L * index),
                    "cases.investigated", BigDecimal.valueOf(index % 13));
        }

        boolean reviewed() {
            return index % 10 < 7;
        }
    }

    private final BenchClient client;
    private final String gateway;
    private final String planId;
    private final List<String> districts = new ArrayList<>();
    private final List<Commune> communes = new ArrayList<>();
    private final Duration giveUpAfter;

    /** Communes with a success answer to their submission. */
    final Set<String> submitted = ConcurrentHashMap.newKeySet();
    /** Communes whose district reviewer got a success answer to an acceptance (or saw it done after an unanswered try). */
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    /** Communes that never had a success answer within {@code giveUpAfter}, with the last answer. */
    final Map<String, String> failed = new ConcurrentHashMap<>();
    /** "submit 503", "accept 599", …: every answer the load got. */
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    FaultLoad(BenchClient client, String gateway, String planId, int districtCount, int communesPerDistrict, Duration giveUpAfter) {
        this.client = client;
        this.gateway = gateway;
        this.planId = planId;
        this.giveUpAfter = giveUpAfter;
        int index = 0;
        for (int d = 1; d <= districtCount; d++) {
            String district = PROVINCE + String.format("H%02d", d);
            districts.add(district);
            for (int c = 1; c <= communesPerDistrict; c++) {
                communes.add(new Commune(district + String.format("X%02d", c), "Xã Thử nghiệm " + d + "." + c, district, index++));
            }
        }
    }

    List<String> districts() {
        return districts;
    }

    List<Commune> communes() {
        return communes;
    }

    /** The day the province's units take effect and its plan is issued: before the two-level local government (1/7/2025). */
    static final String PRE_REFORM_DAY = "2025-06-01";

    /** planning-service's unit import (dated {@link #PRE_REFORM_DAY}): the province, its districts and communes. */
    ObjectNode directory() {
        ObjectNode body = BenchClient.JSON.createObjectNode();
        ArrayNode units = body.putArray("units");
        units.addObject().put("code", PROVINCE).put("name", "Tỉnh Thử nghiệm sự cố").put("type", "Tỉnh").put("kind", "PROVINCE");
        for (int d = 0; d < districts.size(); d++) {
            units.addObject().put("code", districts.get(d)).put("name", "Huyện Thử nghiệm " + (d + 1)).put("type", "Huyện")
                    .put("kind", "DISTRICT").put("parentCode", PROVINCE);
        }
        for (Commune c : communes) {
            units.addObject().put("code", c.code()).put("name", c.name()).put("type", "Xã").put("kind", "COMMUNE")
                    .put("parentCode", c.district());
        }
        return body;
    }

    /** A plan for every commune of the province, reviewed by its district then the province. */
    ObjectNode plan(Instant deadline) {
        ObjectNode plan = BenchClient.JSON.createObjectNode()
                .put("planId", planId).put("number", "99/KH-TSC")
                .put("issuingBody", "Công an tỉnh Thử nghiệm sự cố")
                // Before 1/7/2025: a three-level province, reviewed by its districts.
                .put("issuedOn", PRE_REFORM_DAY)
                .put("title", "Thử nghiệm sự cố: báo cáo của các xã khi dịch vụ lần lượt bị dừng đột ngột")
                .put("periodFrom", "2025-01-01").put("periodTo", "2025-12-31")
                .put("deadline", deadline.atOffset(java.time.ZoneOffset.ofHours(7)).toString())
                .put("recipientUnitCode", PROVINCE).put("recipientName", "Công an tỉnh Thử nghiệm sự cố")
                .put("outlineId", "de-cuong-tong-ket-357").put("outlineVersion", 1).put("reviewTime", "P3D");
        plan.putObject("participants").putArray("rules").addObject().put("within", PROVINCE).putArray("kinds").add("COMMUNE");
        ObjectNode chain = plan.putArray("reviewChains").addObject().put("unitKind", "COMMUNE");
        chain.putArray("levels").add("DISTRICT").add("PROVINCE");
        return plan;
    }

    String report(Commune c) {
        ObjectNode body = BenchClient.JSON.createObjectNode().put("planId", planId).put("unitCode", c.code());
        body.putObject("document").put("number", (c.index() + 1) + "/BC-UBND").put("issuedOn", LocalDate.now().toString())
                .put("signer", "Chủ tịch UBND " + c.name()).put("signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
        ArrayNode sections = body.putArray("sections");
        for (String number : List.of("I", "II.1", "II.2.1", "III", "IV")) {
            sections.addObject().put("number", number)
                    .put("text", "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn " + c.name() + " cơ bản ổn định.");
        }
        ArrayNode figures = body.putArray("figures");
        Map<String, BigDecimal> values = c.figures();
        figures.addObject().put("indicator", "propaganda.sessions").put("qualifier", "MORE_THAN").put("amount", values.get("propaganda.sessions"));
        figures.addObject().put("indicator", "propaganda.attendees").put("qualifier", "MORE_THAN").put("amount", values.get("propaganda.attendees"));
        figures.addObject().put("indicator", "cases.investigated").put("amount", values.get("cases.investigated"));
        return body.toString();
    }

    /**
     * Every commune but {@code leftOut} submits, in a shuffled order spread over {@code spread}; the reviewed ones are
     * accepted by their district as soon as their submission has its answer. Blocks until every commune has its answers.
     */
    void run(List<Commune> leftOut, Duration spread, long seed) throws InterruptedException {
        List<Commune> order = new ArrayList<>(communes);
        order.removeAll(leftOut);
        Collections.shuffle(order, new Random(seed));
        ScheduledExecutorService pacing = Executors.newSingleThreadScheduledExecutor();
        // Enough workers that a few units stuck retrying during an outage do not hold back the others.
        ExecutorService workers = Executors.newFixedThreadPool(16);
        long interval = spread.toNanos() / Math.max(1, order.size());
        for (int i = 0; i < order.size(); i++) {
            Commune c = order.get(i);
            pacing.schedule(() -> workers.submit(() -> submitAndReview(c)), i * interval, TimeUnit.NANOSECONDS);
        }
        pacing.shutdown();
        pacing.awaitTermination(spread.toSeconds() + 60, TimeUnit.SECONDS);
        workers.shutdown();
        if (!workers.awaitTermination(giveUpAfter.toSeconds() * 2 + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the load did not end");
        }
    }

    private void submitAndReview(Commune c) {
        String key = "tsc-" + planId + "-" + c.code();
        BenchClient.Answer answer = untilOk("submit", c, () -> client.post(gateway + "/api/submissions", c.code(), "CLERK", report(c),
                Map.of("Idempotency-Key", key)), null);
        if (answer == null) {
            return;
        }
        submitted.add(c.code());
        if (!c.reviewed()) {
            return;
        }
        int version = answer.json().get("version").asInt();
        String caseUrl = gateway + "/api/review-cases/" + planId + "/" + c.code();
        boolean[] unanswered = {false};
        BenchClient.Answer acceptance = untilOk("accept", c, () -> {
            BenchClient.Answer a = client.post(caseUrl + "/acceptance", c.district(), "REVIEWER", Map.of("version", version), Map.of());
            if (a.status() >= 500) {
                unanswered[0] = true;
            } else if (a.status() == 409 && unanswered[0]) {
                // An earlier try may have been carried out though its answer was lost: the reviewer looks at the case.
                BenchClient.Answer current = client.get(caseUrl, c.district(), "REVIEWER");
                if (current.ok() && !current.json().get("acceptedBy").isEmpty()) {
                    return current;
                }
            }
            return a;
        }, null);
        if (acceptance != null) {
            accepted.add(c.code());
        }
    }

    private interface Attempt {
        BenchClient.Answer once();
    }

    /** Tries until a 2xx (backing off to 4 s), or gives up after {@code giveUpAfter}; null then. */
    private BenchClient.Answer untilOk(String what, Commune c, Attempt attempt, BenchClient.Answer none) {
        long giveUpAt = System.nanoTime() + giveUpAfter.toNanos();
        long wait = 250;
        BenchClient.Answer answer = none;
        while (System.nanoTime() < giveUpAt) {
            answer = attempt.once();
            answers.computeIfAbsent(what + " " + answer.status(), k -> new AtomicInteger()).incrementAndGet();
            if (answer.ok()) {
                return answer;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wait = Math.min(4000, wait * 2);
        }
        failed.put(what + " " + c.code(), String.valueOf(answer));
        return null;
    }

    /** What the roll-up of {@code node} must show, from the success answers alone. */
    Expected expected(String node) {
        List<Commune> below = communes.stream()
                .filter(c -> node.equals(PROVINCE) || node.equals(c.district()) || node.equals(c.code())).toList();
        Map<String, BigDecimal> provisional = new TreeMap<>();
        Map<String, BigDecimal> approved = new TreeMap<>();
        long inCount = 0;
        long acceptedCount = 0;
        for (Commune c : below) {
            if (submitted.contains(c.code())) {
                inCount++;
                c.figures().forEach((indicator, value) -> provisional.merge(indicator, value, BigDecimal::add));
            }
            if (accepted.contains(c.code())) {
                acceptedCount++;
                c.figures().forEach((indicator, value) -> approved.merge(indicator, value, BigDecimal::add));
            }
        }
        provisional.replaceAll((indicator, sum) -> sum.stripTrailingZeros());
        approved.replaceAll((indicator, sum) -> sum.stripTrailingZeros());
        return new Expected(below.size(), inCount, acceptedCount, provisional, approved);
    }

    /** A node's counts and sums; {@link #of} reads the same from a roll-up. */
    record Expected(long expected, long submitted, long accepted, Map<String, BigDecimal> provisional, Map<String, BigDecimal> approved) {

        static Expected of(JsonNode rollup) {
            Map<String, BigDecimal> provisional = new TreeMap<>();
            Map<String, BigDecimal> approved = new TreeMap<>();
            for (JsonNode figure : rollup.get("figures")) {
                String indicator = figure.get("indicator").asString();
                if (INDICATORS.contains(indicator)) {
                    sum(provisional, indicator, figure.get("provisional"));
                    sum(approved, indicator, figure.get("approved"));
                }
            }
            JsonNode counts = rollup.get("counts");
            return new Expected(counts.get("expected").asLong(), counts.at("/submitted/count").asLong(),
                    counts.at("/accepted/count").asLong(), provisional, approved);
        }

        private static void sum(Map<String, BigDecimal> into, String indicator, JsonNode total) {
            if (total != null && !total.isNull() && total.get("units").asLong() > 0) {
                into.put(indicator, total.get("amount").decimalValue().stripTrailingZeros());
            }
        }
    }
}
