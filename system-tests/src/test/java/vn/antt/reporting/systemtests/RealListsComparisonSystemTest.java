package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.testsupport.ApiClient;

/**
 * "So với cùng kỳ" across the reform on the two real lists ({@code shared/data/dvhcvn.json}, 01/3/2025, and {@code
 * dvhcvn-2025.json}, from 1/7/2025), when they are beside the repository (else the test is reported skipped, as the
 * official-list import tests are): a national administrator imports both into planning-service of {@link ReformPlatform},
 * issues a plan before the reform for every commune of Tỉnh Quảng Ngãi (51) and Tỉnh Kon Tum (62) and a plan of 2026 for
 * the new Tỉnh Quảng Ngãi (51 = 51 + 62) comparing with it; a deterministic sample of the old communes and of the new
 * ones submits through submission-service. The comparisons aggregation-service gives the new province and several new
 * communes are checked against figures this test computes itself from the links planning-service publishes (GET
 * {@code /api/units/{code}/links}: each new commune's predecessors and each predecessor's successors) and the rule the
 * README states (a split predecessor counts for the successor that received its remainder, else the first in code
 * order; the province compares like with like) — not by calling the production calculator.
 */
class RealListsComparisonSystemTest {

    private static final String SESSIONS = "propaganda.sessions";
    private static final String BEFORE_REFORM = "2025-06-30";
    private static final String AFTER_REFORM = "2025-07-01";

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() throws Exception {
        platform = ReformPlatform.get();
    }

    /** {@code shared/data/<name>} beside the repository or one of its parents (a work tree's); never copied. */
    static Optional<Path> sharedData(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of("shared", "data", name));
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void theNewProvinceAndItsCommunesCompareWithTheirPredecessorsFiguresOnTheRealLists() throws Exception {
        Optional<Path> preReform = sharedData("dvhcvn.json");
        Optional<Path> twoLevels = sharedData("dvhcvn-2025.json");
        Assumptions.assumeTrue(preReform.isPresent() && twoLevels.isPresent(),
                "shared/data/dvhcvn.json and dvhcvn-2025.json are not beside the repository");
        long started = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        BenchClient tokens = new BenchClient(platform.issuer());
        ApiClient national = new ApiClient(platform.url("planning-service")).as(tokens.token("TW", "ADMIN"));

        // Both real lists, as a national administrator imports them (the whole country each).
        JsonNode first = importList(national, preReform.get());
        assertThat(first.path("records").asInt()).isEqualTo(63 + 696 + 10_047);
        JsonNode second = importList(national, twoLevels.get());
        assertThat(second.path("records").asInt()).isEqualTo(3_355);
        assertThat(second.path("validFrom").asString()).isEqualTo(AFTER_REFORM);
        phases.put("imports", elapsed(started));

        // The plans: before the reform (issued on plan 119's day) every commune of 51 and 62; after it (MH-05/KH-UBND's
        // day) every commune of the new 51, compared with the first.
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String beforeId = "kh-2025-ds-" + suffix;
        String afterId = "kh-2026-ds-" + suffix;
        issue(national, "kh-119-2025-qng", beforeId, null, List.of("51", "62"),
                List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("DISTRICT", "PROVINCE"))));
        issue(national, "kh-minh-hoa-05-2026-qng", afterId, beforeId, List.of("51"),
                List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("PROVINCE"))));
        List<JsonNode> before = communes(national, beforeId);
        List<JsonNode> after = communes(national, afterId);
        assertThat(after).hasSize(96);
        assertThat(before.stream().map(u -> u.path("ancestry").get(0).asString()).distinct()).containsExactlyInAnyOrder("51", "62");
        phases.put("plans", elapsed(started));

        // The links as planning-service publishes them, and the attribution computed here from them.
        Set<String> expectedBefore = new TreeSet<>();
        before.forEach(u -> expectedBefore.add(u.path("code").asString()));
        Map<String, List<JsonNode>> predecessorsOf = new TreeMap<>();
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> countedIn = new HashMap<>();
        for (JsonNode commune : after) {
            String code = commune.path("code").asString();
            JsonNode links = ok(national.get("/api/units/" + code + "/links?asOf=" + AFTER_REFORM));
            keyOf.put(code, links.path("versionKey").asString());
            List<JsonNode> predecessors = links.path("predecessors").valueStream().toList();
            predecessorsOf.put(code, predecessors);
            for (JsonNode link : predecessors) {
                countedIn.computeIfAbsent(link.path("predecessorKey").asString(), key -> countedIn(national, link));
            }
        }
        phases.put("links", elapsed(started));

        // A deterministic sample reports: every third old commune, every second new one, with figures of their own.
        Map<String, Long> figuresBefore = new TreeMap<>();
        for (int i = 0; i < before.size(); i += 3) {
            figuresBefore.put(before.get(i).path("code").asString(), 10L + (i * 7L) % 31);
        }
        Map<String, Long> figuresAfter = new TreeMap<>();
        for (int i = 0; i < after.size(); i += 2) {
            figuresAfter.put(after.get(i).path("code").asString(), 12L + (i * 5L) % 29);
        }
        // Each clerk belongs to the unit version the plan means (codes are reused across the reform: unit_version).
        submitAll(tokens, beforeId, figuresBefore, versionKeys(before));
        submitAll(tokens, afterId, figuresAfter, versionKeys(after));
        phases.put("submissions", elapsed(started));

        // What each new commune compares with: its predecessors expected before and counted for it, summed.
        Map<String, Long> previousOf = new TreeMap<>();
        Set<String> comparable = new TreeSet<>();
        Set<String> countedPredecessors = new TreeSet<>();
        Set<String> summedPredecessors = new TreeSet<>();
        for (JsonNode commune : after) {
            String code = commune.path("code").asString();
            List<JsonNode> expected = predecessorsOf.get(code).stream()
                    .filter(l -> expectedBefore.contains(l.path("predecessorCode").asString())).toList();
            if (expected.isEmpty()) {
                continue;
            }
            comparable.add(code);
            Long previous = null;
            for (JsonNode link : expected) {
                String predecessor = link.path("predecessorCode").asString();
                if (!keyOf.get(code).equals(countedIn.get(link.path("predecessorKey").asString()))) {
                    continue;
                }
                summedPredecessors.add(predecessor);
                if (figuresBefore.containsKey(predecessor)) {
                    countedPredecessors.add(predecessor);
                    previous = (previous == null ? 0 : previous) + figuresBefore.get(predecessor);
                }
            }
            if (previous != null) {
                previousOf.put(code, previous);
            }
        }
        long provinceNow = comparable.stream().filter(figuresAfter::containsKey).mapToLong(figuresAfter::get).sum();
        long provinceBefore = countedPredecessors.stream().mapToLong(figuresBefore::get).sum();
        String provinceText = text(provinceNow, provinceBefore,
                comparable.size() == after.size() ? "" : ", so sánh trên " + comparable.size() + "/" + after.size() + " đơn vị");

        ApiClient province = new ApiClient(platform.url("aggregation-service")).as(tokens.token("51", "REVIEWER"));
        long submittedAfter = figuresAfter.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofSeconds(300)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode rollup = ok(province.get("/api/rollups/" + afterId + "/nodes/51"));
            assertThat(rollup.at("/counts/submitted/count").asLong()).isEqualTo(figuresAfter.size());
            JsonNode sessions = indicator(rollup, SESSIONS);
            assertThat(sessions.at("/provisional/amount").asLong()).isEqualTo(submittedAfter);
            assertThat(sessions.at("/comparison/basis/units").asInt()).isEqualTo(comparable.size());
            assertThat(sessions.at("/comparison/previous").asLong()).isEqualTo(provinceBefore);
        });
        phases.put("comparison", elapsed(started));
        JsonNode whole = indicator(ok(province.get("/api/rollups/" + afterId + "/nodes/51")), SESSIONS).path("comparison");
        assertThat(whole.path("text").asString()).isEqualTo(provinceText);
        assertThat(whole.at("/basis/of").asInt()).isEqualTo(after.size());
        // Every predecessor counted for a comparable commune is named in the basis, reported or not; each once.
        assertThat(whole.at("/basis/summed").valueStream().map(p -> p.path("code").asString()).sorted().toList())
                .containsExactlyElementsOf(summedPredecessors);
        assertThat(whole.at("/basis/text").asString()).startsWith("gồm số liệu cùng kỳ của " + number(summedPredecessors.size())
                + " đơn vị trước sắp xếp");
        // Kon Tum's communes are linked on the real lists: the like-with-like comparison reaches across the old border.
        assertThat(countedPredecessors.stream().filter(c -> before.stream()
                .anyMatch(u -> u.path("code").asString().equals(c) && u.path("ancestry").get(0).asString().equals("62")))).isNotEmpty();

        // Several communes: the first ones in code order with a previous figure and their own report, a split
        // predecessor's other successor, and one whose predecessors' figures are counted elsewhere or were not reported.
        List<String> checked = new ArrayList<>();
        for (String code : previousOf.keySet()) {
            if (figuresAfter.containsKey(code) && checked.size() < 6) {
                checked.add(code);
            }
        }
        predecessorsOf.forEach((code, links) -> {
            if (checked.size() < 10 && !checked.contains(code) && comparable.contains(code) && figuresAfter.containsKey(code)
                    && links.stream().anyMatch(l -> !keyOf.get(code).equals(countedIn.get(l.path("predecessorKey").asString())))) {
                checked.add(code);
            }
        });
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
        for (String code : checked) {
            JsonNode comparison = indicator(ok(province.get("/api/rollups/" + afterId + "/nodes/" + code)), SESSIONS).path("comparison");
            Long previous = previousOf.get(code);
            if (previous == null) {
                assertThat(comparison.path("previous").isNull()).as(code).isTrue();
                assertThat(comparison.path("text").asString()).as(code).isEqualTo("không có số liệu cùng kỳ");
            } else {
                assertThat(comparison.path("previous").asLong()).as(code).isEqualTo(previous);
                assertThat(comparison.path("text").asString()).as(code).isEqualTo(text(figuresAfter.get(code), previous, ""));
            }
        }
        phases.put("total", elapsed(started));
        System.out.printf("Comparison across the reform on the real lists: %d old communes expected (%d reported), %d new"
                + " (%d reported), %d comparable, %d predecessors summed; province %s; %d communes checked; phases (s from the"
                + " start): %s; imports' server time %d ms + %d ms%n", before.size(), figuresBefore.size(), after.size(),
                figuresAfter.size(), comparable.size(), summedPredecessors.size(), whole.path("text").asString(), checked.size(),
                phases, first.path("durationMillis").asLong(), second.path("durationMillis").asLong());
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    private static JsonNode importList(ApiClient national, Path file) throws IOException {
        // 10.806 records in one request, while the other platform's services run too: 30 s was once not enough (CI).
        return ok(national.within(Duration.ofSeconds(180)).postBytes("/api/units/imports?national=true", "application/json",
                Files.readAllBytes(file)));
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }

    /** A copy of a demo plan (its outline, texts and period) with other participants, chains and comparison plan. */
    private static void issue(ApiClient national, String demoPlan, String planId, String comparisonPlanId, List<String> within,
                              List<Map<String, Object>> chains) {
        JsonNode demo = await().ignoreExceptions().atMost(Duration.ofSeconds(60))
                .until(() -> national.get("/api/plans/" + demoPlan), r -> r.status() == 200).json();
        Map<String, Object> request = new LinkedHashMap<>();
        for (String field : new String[] {"number", "issuingBody", "signer", "signerTitle", "issuedOn", "title", "legalBasis",
                "periodFrom", "periodTo", "recipientUnitCode", "recipientName", "contact", "lockAtDeadline", "outlineId",
                "outlineVersion", "reviewTime", "returnToSubmitter"}) {
            request.put(field, demo.get(field));
        }
        request.put("planId", planId);
        request.put("deadline", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(30).withNano(0).toString());
        request.put("participants", Map.of("rules", within.stream().map(w -> Map.of("within", w, "kinds", List.of("COMMUNE"))).toList()));
        request.put("reviewChains", chains);
        if (comparisonPlanId != null) {
            request.put("comparisonPlanId", comparisonPlanId);
        }
        ok(national.post("/api/plans", request));
        ok(national.post("/api/plans/" + planId + "/issue", Map.of("reason", "Kiểm thử so sánh cùng kỳ trên danh mục thật")));
    }

    /** The plan's expected communes, in code order. */
    private static List<JsonNode> communes(ApiClient national, String planId) {
        return ok(national.get("/api/plans/" + planId)).path("expectedUnits").valueStream()
                .filter(u -> "COMMUNE".equals(u.path("kind").asString()))
                .sorted(Comparator.comparing(u -> u.path("code").asString())).toList();
    }

    /**
     * The successor a predecessor's figure is counted for, by the README's rule: of its successors, the one that received
     * its remainder ("phần còn lại"), else the first in code order (of several marked so, the first of those).
     */
    private static String countedIn(ApiClient national, JsonNode link) {
        JsonNode successors = ok(national.get("/api/units/" + link.path("predecessorCode").asString() + "/links?asOf=" + BEFORE_REFORM))
                .path("successors");
        Comparator<JsonNode> order = Comparator.comparing((JsonNode l) -> l.path("successorCode").asString())
                .thenComparing(l -> l.path("successorKey").asString());
        List<JsonNode> all = successors.valueStream().toList();
        return all.stream().filter(l -> l.path("partial").asBoolean()).min(order)
                .or(() -> all.stream().min(order)).orElseThrow().path("successorKey").asString();
    }

    /** Each unit's report through submission-service, as its clerk (four at a time). */
    /** Each expected unit's directory version as the plan fixed it, by code. */
    private static Map<String, String> versionKeys(List<JsonNode> expected) {
        Map<String, String> keys = new HashMap<>();
        expected.forEach(u -> keys.put(u.path("code").asString(), u.path("versionKey").asString(u.path("code").asString())));
        return keys;
    }

    private static void submitAll(BenchClient tokens, String planId, Map<String, Long> figures, Map<String, String> versions)
            throws Exception {
        ExecutorService clerks = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            figures.forEach((unit, sessions) -> done.add(clerks.submit(() -> {
                ApiClient clerk = new ApiClient(platform.url("submission-service")).as(tokens.token(unit, "CLERK", versions.get(unit)));
                // The plan reaches submission-service through Kafka, behind the directory events of the two imports.
                await().ignoreExceptions().atMost(Duration.ofSeconds(400)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2))
                        .until(() -> clerk.post("/api/submissions", report(planId, unit, sessions)), r -> r.status() == 201 || r.status() == 200);
                return null;
            })));
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clerks.shutdownNow();
        }
    }

    private static Map<String, Object> report(String planId, String unit, long sessions) {
        return Map.of("planId", planId, "unitCode", unit,
                "document", Map.of("number", "1/BC-UBND", "issuedOn", "2025-06-06", "signer", "Chủ tịch UBND",
                        "signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"),
                "sections", List.of(
                        Map.of("number", "I", "text", "Tình hình ANTT trên địa bàn cơ bản ổn định."),
                        Map.of("number", "II.1", "text", "Quán triệt, triển khai Quyết định số 357/QĐ-UBND."),
                        Map.of("number", "II.2.1", "text", "Tổ chức " + sessions + " lượt tuyên truyền."),
                        Map.of("number", "III", "text", "Công tác phối hợp được thực hiện nghiêm túc."),
                        Map.of("number", "IV", "text", "Tình hình ANTT tiếp tục ổn định.")),
                "figures", List.of(Map.of("indicator", SESSIONS, "qualifier", "EXACT", "amount", sessions)));
    }

    private static JsonNode indicator(JsonNode rollup, String code) {
        return rollup.path("figures").valueStream().filter(f -> code.equals(f.path("indicator").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + rollup));
    }

    /** The comparison's text as the README gives it, computed here: "tăng 18,2% so với cùng kỳ năm 2025 (13/11 lượt)". */
    static String text(long now, long before, String note) {
        String figures = " (" + number(now) + "/" + number(before) + " lượt" + note + ")";
        if (now == before) {
            return "bằng cùng kỳ năm 2025" + figures;
        }
        String direction = now > before ? "tăng " : "giảm ";
        if (before == 0) {
            return direction + number(Math.abs(now - before)) + " lượt so với cùng kỳ năm 2025" + figures;
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs(now - before) * 100).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return direction + number(change) + "% so với cùng kỳ năm 2025" + figures;
    }

    /** "1.234", "15,7", "100" (Vietnamese thousands and decimal comma, no trailing zero). */
    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    static String number(BigDecimal value) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.##########", symbols).format(value.stripTrailingZeros());
    }
}
