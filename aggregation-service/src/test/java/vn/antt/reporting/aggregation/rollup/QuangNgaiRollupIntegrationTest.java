package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.aggregation.rollup.UnitHistory.Shape;
import vn.antt.reporting.contracts.mothers.QuangNgaiHierarchy;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * The roll-ups of plan 119 over the Quảng Ngãi hierarchy, fed by shuffled and duplicated events, against figures
 * the test computes itself from what it sent (plain loops, not the service's code).
 */
class QuangNgaiRollupIntegrationTest extends AggregationApiTest {

    private static final String KEY_UNITS = "don-vi-trong-diem";

    @Test
    void rollUpsOverQuangNgaiMatchFiguresComputedByHandWhateverTheOrderAndRepeatsOfTheEvents() {
        String planId = "kh-119-" + UUID.randomUUID();
        String lastYear = "kh-2024-" + UUID.randomUUID();
        List<UnitRef> units = QuangNgaiHierarchy.reportingUnits();
        Random random = new Random(119);
        Shape[] shapes = Shape.values();
        List<UnitHistory> histories = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitRef unit = units.get(i);
            if (unit.code().equals(Units.TINH_SON)) {
                // Seed 000's commune: final, 20 cases investigated (37 in all last year with Bình Hải).
                histories.add(UnitHistory.of(planId, unit, Shape.FINAL, with(UnitHistory.figures(random), 20), UnitHistory.figures(random)));
            } else if (unit.code().equals(Units.BINH_HAI)) {
                // Resubmitted: 99 in the returned version, 14 in the one that counts.
                histories.add(UnitHistory.of(planId, unit, Shape.RESUBMITTED, with(UnitHistory.figures(random), 99),
                        with(UnitHistory.figures(random), 14)));
            } else if (unit.code().equals(Units.SON_TINH)) {
                // The district's own compiled report: huge figures that must never be added to its communes'.
                histories.add(UnitHistory.of(planId, unit, Shape.SUBMITTED, List.of(FigureValue.exact("propaganda.sessions", 1_000_000)),
                        List.of()));
            } else {
                histories.add(UnitHistory.of(planId, unit, shapes[i % shapes.length], random));
            }
        }
        publish(planOf(lastYear, units).period(LocalDate.of(2014, 11, 9), LocalDate.of(2024, 5, 10)).build());
        // A group that is neither a node nor a kind: two communes of two districts and the province's enterprises.
        Set<String> keyUnits = new HashSet<>(List.of(Units.TINH_SON, Units.BINH_HAI));
        units.stream().filter(u -> u.kind().equals("ENTERPRISE")).forEach(u -> keyUnits.add(u.code()));
        publish(planOf(planId, units).comparedWith(lastYear)
                .group(KEY_UNITS, "Đơn vị trọng điểm về an ninh, trật tự", List.copyOf(keyUnits)).build());
        KafkaEvents.publish(UnitHistory.of(lastYear, Units.tinhSon(), Shape.SUBMITTED, with(List.of(), 22), List.of()).events().get(0));
        KafkaEvents.publish(UnitHistory.of(lastYear, Units.binhHai(), Shape.SUBMITTED, with(List.of(), 15), List.of()).events().get(0));

        UnitHistory.publishShuffledWithRepeats(histories, new Random(10));

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertRollup(province.get(path(planId, Units.QUANG_NGAI)).json(), histories, u -> true));

        JsonNode provinceRollup = province.get(path(planId, Units.QUANG_NGAI)).json();
        assertThat(provinceRollup.get("nodeName").asString()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(indicator(provinceRollup, "cases.investigated").get("comparison").get("text").asString())
                .isEqualTo("giảm 8,1% so với cùng kỳ năm 2024 (34/37 vụ)");
        assertThat(provinceRollup.get("children")).hasSize(11 + 3);

        // The status board: every expected unit once, its standing agreeing with the roll-up's counts.
        JsonNode board = province.get(path(planId, Units.QUANG_NGAI) + "/units").json();
        JsonNode counts = provinceRollup.get("counts");
        assertThat(board).hasSize(counts.get("expected").asInt());
        assertThat(standings(board, "NOT_SUBMITTED")).isEqualTo(counts.at("/notSubmitted/count").asLong());
        assertThat(standings(board, "FINAL")).isEqualTo(counts.at("/finalized/count").asLong());
        assertThat(standings(board, "RETURNED")).isEqualTo(counts.at("/returned/count").asLong());
        assertThat(board.valueStream().filter(u -> u.get("overdue").asBoolean()).count()).isEqualTo(counts.at("/overdue/count").asLong());
        assertThat(board.valueStream().filter(u -> u.get("late").asBoolean()).count()).isEqualTo(counts.at("/submittedLate/count").asLong());
        assertThat(board.valueStream().filter(u -> u.get("standing").asString().equals("SUBMITTED")))
                .allSatisfy(u -> assertThat(u.get("awaitingLevel").asInt()).isEqualTo(1));
        assertThat(board.valueStream().filter(u -> u.get("standing").asString().equals("AWAITING_NEXT_LEVEL")))
                .isNotEmpty().allSatisfy(u -> assertThat(u.get("awaitingLevel").asInt()).isGreaterThan(1));
        assertThat(as(Units.BINH_SON, "REVIEWER").get(path(planId, Units.SON_TINH) + "/units").status()).isEqualTo(403);

        // A district: its communes and its own report; the communes' figures only.
        ApiClient sonTinh = as(Units.SON_TINH, "REVIEWER");
        JsonNode district = sonTinh.get(path(planId, Units.SON_TINH)).json();
        assertThat(district.get("nodeName").asString()).isEqualTo("Huyện Sơn Tịnh");
        assertRollup(district, histories, u -> u.code().equals(Units.SON_TINH) || u.ancestry().contains(Units.SON_TINH));
        assertThat(district.get("counts").get("expected").asLong()).isEqualTo(6);
        // Each row below a node carries its own rates and indicator totals, the same as its own roll-up's.
        // Its own (compiled) report is the first row, a unit's row.
        JsonNode self = district.get("children").get(0);
        assertThat(self.get("code").asString()).isEqualTo(Units.SON_TINH);
        assertThat(self.get("unit").asBoolean()).isTrue();
        assertThat(self.get("expected").asLong()).isEqualTo(1);
        for (JsonNode child : district.get("children")) {
            if (child.get("code").asString().equals(Units.SON_TINH)) {
                continue;
            }
            JsonNode own = sonTinh.get(path(planId, child.get("code").asString())).json();
            assertThat(child.get("unit").asBoolean()).isEqualTo(own.get("counts").get("expected").asLong() == 1);
            if (child.get("unit").asBoolean()) {
                // A unit's own roll-up has one row: its own report.
                assertThat(own.get("children")).hasSize(1);
                assertThat(own.get("children").get(0).get("code").asString()).isEqualTo(child.get("code").asString());
            }
            assertThat(child.get("accepted").get("text").asString()).isEqualTo(own.get("counts").get("accepted").get("text").asString());
            for (JsonNode figure : own.get("figures")) {
                if (figure.get("provisional").get("units").asLong() > 0) {
                    assertThat(child.get("figures").get(figure.get("indicator").asString()).asString())
                            .isEqualTo(figure.get("provisional").get("text").asString());
                }
            }
        }

        // A kind of unit: all the enterprises of the province.
        JsonNode enterprises = province.get(path(planId, Units.QUANG_NGAI) + "?kind=ENTERPRISE").json();
        assertRollup(enterprises, histories, u -> u.kind().equals("ENTERPRISE"));
        assertThat(enterprises.get("counts").get("expected").asLong()).isEqualTo(2);
        assertThat(provinceRollup.get("byKind").get("ENTERPRISE").get("expected").asLong()).isEqualTo(2);
        assertThat(provinceRollup.get("byKind").get("COMMUNE").get("expected").asLong()).isEqualTo(QuangNgaiHierarchy.communes().size());

        // A group of the plan, as a kind: its members under the node; with a kind, its members of that kind.
        assertThat(provinceRollup.get("groups").get(0).get("code").asString()).isEqualTo(KEY_UNITS);
        assertThat(provinceRollup.get("groups").get(0).get("name").asString()).isEqualTo("Đơn vị trọng điểm về an ninh, trật tự");
        JsonNode key = province.get(path(planId, Units.QUANG_NGAI) + "?group=" + KEY_UNITS).json();
        assertThat(key.get("group").asString()).isEqualTo(KEY_UNITS);
        assertRollup(key, histories, u -> keyUnits.contains(u.code()));
        assertThat(key.get("counts").get("expected").asLong()).isEqualTo(keyUnits.size());
        JsonNode keyInDistrict = sonTinh.get(path(planId, Units.SON_TINH) + "?group=" + KEY_UNITS).json();
        assertRollup(keyInDistrict, histories, u -> keyUnits.contains(u.code())
                && (u.code().equals(Units.SON_TINH) || u.ancestry().contains(Units.SON_TINH)));
        assertThat(keyInDistrict.get("counts").get("expected").asLong()).isEqualTo(1); // Tịnh Sơn
        JsonNode keyEnterprises = province.get(path(planId, Units.QUANG_NGAI) + "?group=" + KEY_UNITS + "&kind=ENTERPRISE").json();
        assertRollup(keyEnterprises, histories, u -> u.kind().equals("ENTERPRISE"));
    }

    @Test
    void aUnitReadsItsOwnNodeAndThoseBelowAndBadRequestsNameTheirField() {
        String planId = "kh-119-" + UUID.randomUUID();
        publish(planOf(planId, QuangNgaiHierarchy.reportingUnits()).build());

        ApiClient.Response otherDistrict = as(Units.BINH_SON, "REVIEWER").get(path(planId, Units.SON_TINH));
        assertThat(otherDistrict.status()).isEqualTo(403);
        assertThat(otherDistrict.json().get("rule").asString()).isEqualTo("access-refused");
        assertThat(as(Units.TINH_SON, "CLERK").get(path(planId, Units.SON_TINH)).status()).isEqualTo(403);
        assertThat(as(Units.TINH_SON, "CLERK").get(path(planId, Units.TINH_SON)).status()).isEqualTo(200);
        assertThat(ApiClient.on(port).get(path(planId, Units.SON_TINH)).status()).isEqualTo(401);

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        ApiClient.Response unknownPlan = province.get(path("kh-khong-co", Units.QUANG_NGAI));
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.json().get("field").asString()).isEqualTo("planId");
        ApiClient.Response outside = province.get(path(planId, "79"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.json().get("field").asString()).isEqualTo("node");
        ApiClient.Response badKind = province.get(path(planId, Units.QUANG_NGAI) + "?kind=%7B%22$gt%22:%22%22%7D");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asString()).isEqualTo("kind");
        ApiClient.Response unknownGroup = province.get(path(planId, Units.QUANG_NGAI) + "?group=khong-co");
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.contentType()).startsWith("application/problem+json");
        assertThat(unknownGroup.json().get("rule").asString()).isEqualTo("unknown-group");
        assertThat(unknownGroup.json().get("field").asString()).isEqualTo("group");
    }

    /** Checks a roll-up against the histories of the units it covers, computed here by plain counting and summing. */
    static void assertRollup(JsonNode rollup, List<UnitHistory> all, Predicate<UnitRef> covered) {
        List<UnitHistory> histories = all.stream().filter(h -> covered.test(h.unit())).toList();
        long expected = histories.size();
        JsonNode counts = rollup.get("counts");
        assertThat(counts.get("expected").asLong()).isEqualTo(expected);
        assertRate(counts.get("submitted"), histories.stream().filter(UnitHistory::submitted).count(), expected);
        assertRate(counts.get("submittedLate"), histories.stream().filter(h -> h.submitted() && h.late()).count(), expected);
        assertRate(counts.get("submittedOnTime"), histories.stream().filter(h -> h.submitted() && !h.late()).count(), expected);
        // The plan's deadline (10/6/2025) has passed: every unit without a report in is overdue.
        assertRate(counts.get("overdue"), histories.stream().filter(h -> !h.submitted()).count(), expected);
        assertRate(counts.get("accepted"), histories.stream().filter(UnitHistory::accepted).count(), expected);
        assertRate(counts.get("returned"), histories.stream().filter(h -> h.shape() == Shape.RETURNED).count(), expected);
        assertRate(counts.get("finalized"), histories.stream().filter(h -> h.shape() == Shape.FINAL).count(), expected);
        long secondLevel = histories.stream().filter(UnitHistory::acceptedAtSecondLevel).count();
        if (secondLevel > 0) {
            assertRate(counts.get("acceptedAtLevel").get("2"), secondLevel, expected);
        }

        // Sums over the units with no reporting unit below them: huyện Sơn Tịnh's own report is left out.
        List<UnitHistory> summed = histories.stream().filter(h -> !h.unit().code().equals(Units.SON_TINH)).toList();
        for (String code : List.of("propaganda.sessions", "violations.fines-vnd", "cases.solved", "safe-hamlets", "hamlets.classification")) {
            JsonNode total = indicator(rollup, code);
            assertTotal(total.get("provisional"), values(summed, UnitHistory::provisional, code));
            assertTotal(total.get("approved"), values(summed, UnitHistory::approved, code));
        }
        List<FigureValue> hamlets = values(summed, UnitHistory::provisional, "safe-hamlets");
        if (!hamlets.isEmpty()) {
            BigDecimal safe = hamlets.stream().map(FigureValue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal hamletCount = hamlets.stream().map(FigureValue::secondAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(indicator(rollup, "safe-hamlets").get("provisional").get("text").asString())
                    .isEqualTo(safe.toPlainString() + "/" + hamletCount.toPlainString() + " (đạt " + percentText(safe, hamletCount) + "%)");
        }
        List<FigureValue> classified = values(summed, UnitHistory::provisional, "hamlets.classification");
        BigDecimal classifiedAll = classified.stream().flatMap(f -> f.breakdown().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode shares = indicator(rollup, "hamlets.classification").get("provisional").get("classification");
        if (!classified.isEmpty()) {
            assertThat(shares).hasSize(4);
            for (int i = 0; i < UnitHistory.CATEGORIES.size(); i++) {
                String category = UnitHistory.CATEGORIES.get(i);
                BigDecimal count = classified.stream().map(f -> f.breakdown().getOrDefault(category, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(shares.get(i).get("category").asString()).isEqualTo(category);
                assertRate(shares.get(i).get("share"), count.longValueExact(), classifiedAll.longValueExact());
            }
        }
    }

    private static void assertRate(JsonNode rate, long count, long of) {
        assertThat(rate.get("count").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(count));
        assertThat(rate.get("of").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(of));
        if (of > 0) {
            BigDecimal percent = BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
            assertThat(rate.get("percent").decimalValue()).isEqualByComparingTo(percent);
        }
    }

    private static void assertTotal(JsonNode total, List<FigureValue> values) {
        assertThat(total.get("units").asLong()).isEqualTo(values.size());
        BigDecimal amount = values.stream().map(FigureValue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.get("amount").decimalValue()).isEqualByComparingTo(amount);
        if (values.stream().anyMatch(v -> v.secondAmount() != null)) {
            BigDecimal second = values.stream().map(FigureValue::secondAmount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total.get("secondAmount").decimalValue()).isEqualByComparingTo(second);
        }
        // Qualifiers kept: all exact stay exact, one kind of qualifier stays, a mix becomes "khoảng".
        Set<Qualifier> qualifiers = new HashSet<>();
        values.stream().map(FigureValue::qualifier).filter(q -> q != Qualifier.EXACT).forEach(qualifiers::add);
        Qualifier expected = qualifiers.isEmpty() ? Qualifier.EXACT : qualifiers.size() == 1 ? qualifiers.iterator().next() : Qualifier.ABOUT;
        if (!values.isEmpty()) {
            assertThat(total.get("qualifier").asString()).isEqualTo(expected.name());
        }
    }

    private static List<FigureValue> values(List<UnitHistory> histories, Function<UnitHistory, List<FigureValue>> version, String code) {
        return histories.stream().map(version).filter(Objects::nonNull)
                .flatMap(List::stream).filter(f -> f.indicator().equals(code)).toList();
    }

    static JsonNode indicator(JsonNode rollup, String code) {
        for (JsonNode figure : rollup.get("figures")) {
            if (figure.get("indicator").asString().equals(code)) {
                return figure;
            }
        }
        throw new AssertionError("no total for " + code + " in " + rollup);
    }

    private static String percentText(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    private static List<FigureValue> with(List<FigureValue> figures, long casesInvestigated) {
        List<FigureValue> all = new ArrayList<>(figures);
        all.add(FigureValue.exact("cases.investigated", casesInvestigated));
        return all;
    }

    private static long standings(JsonNode board, String standing) {
        return board.valueStream().filter(u -> u.get("standing").asString().equals(standing)).count();
    }
}
