package vn.antt.reporting.aggregation.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * What happened to one unit's report, with the events that say so and, written down independently of the
 * aggregation code, what the roll-ups must count for it.
 */
public record UnitHistory(UnitRef unit, Shape shape, List<FigureValue> first, List<FigureValue> second, List<DomainEvent> events) {

    /** The report's story; the comments say what the roll-ups must make of it. */
    public enum Shape {
        /** nothing in: missing, overdue after the deadline */
        NONE,
        /** v1 in, on time */
        SUBMITTED,
        /** v1 in after the deadline */
        LATE,
        /** v1 accepted by the first level */
        ACCEPTED,
        /** v1 accepted by every level: final */
        FINAL,
        /** v1 returned, no v2 yet */
        RETURNED,
        /** v1 returned, v2 in: v2 counts instead of v1 */
        RESUBMITTED,
        /** v1 accepted at the first level and returned by the second; v2 in and accepted at the first level */
        RESUBMITTED_ACCEPTED,
        /** v1 withdrawn: nothing in */
        WITHDRAWN,
        /** v1 withdrawn, v2 in after the deadline: late */
        WITHDRAWN_RESUBMITTED
    }

    public static final List<String> CATEGORIES = List.of("Xuất sắc", "Khá", "Trung bình", "Yếu");

    public static UnitHistory of(String planId, UnitRef unit, Shape shape, Random random) {
        return of(planId, unit, shape, figures(random), figures(random));
    }

    public static UnitHistory of(String planId, UnitRef unit, Shape shape, List<FigureValue> first, List<FigureValue> second) {
        ReportSubmitted v1 = ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                .late(shape == Shape.LATE).figures(first).submissionId(planId + ":" + unit.code() + ":1").build();
        ReportSubmitted v2 = ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(2)
                .late(shape == Shape.WITHDRAWN_RESUBMITTED).figures(second).submissionId(planId + ":" + unit.code() + ":2").build();
        // Communes go through their district, then the province; the others straight to the province.
        boolean twoLevels = unit.ancestry().size() > 1;
        String firstLevel = twoLevels ? unit.ancestry().get(1) : Units.QUANG_NGAI;
        List<DomainEvent> events = new ArrayList<>();
        switch (shape) {
            case NONE -> {
            }
            case SUBMITTED, LATE -> events.add(v1);
            case ACCEPTED -> events.addAll(List.of(v1, ReviewEventMother.accepted(v1, 1, firstLevel, !twoLevels)));
            case FINAL -> {
                events.add(v1);
                events.add(ReviewEventMother.accepted(v1, 1, firstLevel, !twoLevels));
                if (twoLevels) {
                    events.add(ReviewEventMother.accepted(v1, 2, Units.QUANG_NGAI, true));
                }
                events.add(ReviewEventMother.finalized(v1));
            }
            case RETURNED -> events.addAll(List.of(v1, ReviewEventMother.returned(v1, 1, firstLevel)));
            case RESUBMITTED -> events.addAll(List.of(v1, ReviewEventMother.returned(v1, 1, firstLevel), v2));
            case RESUBMITTED_ACCEPTED -> events.addAll(List.of(v1, ReviewEventMother.accepted(v1, 1, firstLevel, false),
                    ReviewEventMother.returned(v1, 2, Units.QUANG_NGAI), v2, ReviewEventMother.accepted(v2, 1, firstLevel, false)));
            case WITHDRAWN -> events.addAll(List.of(v1, ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                    .submissionId(v1.submissionId()).buildWithdrawal("Gửi nhầm tệp")));
            case WITHDRAWN_RESUBMITTED -> events.addAll(List.of(v1, ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit)
                    .version(1).submissionId(v1.submissionId()).buildWithdrawal("Gửi nhầm tệp"), v2));
        }
        return new UnitHistory(unit, shape, first, second, events);
    }

    /** One history per unit, the shapes taken in turn, random figures. */
    public static List<UnitHistory> every(String planId, List<UnitRef> units, Random random) {
        Shape[] shapes = Shape.values();
        List<UnitHistory> histories = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            histories.add(of(planId, units.get(i), shapes[i % shapes.length], random));
        }
        return histories;
    }

    /** Publishes every event of the histories, a third of them twice, all in a random order across both topics. */
    public static void publishShuffledWithRepeats(List<UnitHistory> histories, Random random) {
        List<DomainEvent> events = new ArrayList<>();
        histories.forEach(h -> events.addAll(h.events()));
        events.addAll(new ArrayList<>(events.subList(0, events.size() / 3)));
        Collections.shuffle(events, random);
        events.forEach(KafkaEvents::publish);
    }

    /** The figures that must count as provisional (latest submitted), or null when the unit has nothing in. */
    public List<FigureValue> provisional() {
        return switch (shape) {
            case NONE, WITHDRAWN -> null;
            case RESUBMITTED, RESUBMITTED_ACCEPTED, WITHDRAWN_RESUBMITTED -> second;
            default -> first;
        };
    }

    /** The figures that must count as approved (latest accepted), or null. */
    public List<FigureValue> approved() {
        return switch (shape) {
            case ACCEPTED, FINAL -> first;
            case RESUBMITTED_ACCEPTED -> second;
            default -> null;
        };
    }

    public boolean submitted() {
        return provisional() != null;
    }

    public boolean late() {
        return shape == Shape.LATE || shape == Shape.WITHDRAWN_RESUBMITTED;
    }

    public boolean accepted() {
        return shape == Shape.ACCEPTED || shape == Shape.FINAL || shape == Shape.RESUBMITTED_ACCEPTED;
    }

    public boolean acceptedAtSecondLevel() {
        return shape == Shape.FINAL && unit.ancestry().size() > 1;
    }

    /** Random figures of the kinds the seeds write: qualified counts, amounts in VND, pairs, x/y, classifications. */
    public static List<FigureValue> figures(Random random) {
        int hamlets = 5 + random.nextInt(11);
        int safe = hamlets - random.nextInt(3);
        Map<String, BigDecimal> classes = new LinkedHashMap<>();
        int left = hamlets;
        for (int i = 0; i < CATEGORIES.size(); i++) {
            int n = i == CATEGORIES.size() - 1 ? left : random.nextInt(left + 1);
            classes.put(CATEGORIES.get(i), BigDecimal.valueOf(n));
            left -= n;
        }
        int cases = random.nextInt(10);
        return List.of(
                new FigureValue("propaganda.sessions", random.nextBoolean() ? Qualifier.MORE_THAN : Qualifier.EXACT,
                        BigDecimal.valueOf(10 + random.nextInt(190)), null, Map.of()),
                new FigureValue("violations.fines-vnd", random.nextInt(4) == 0 ? Qualifier.NEARLY : Qualifier.EXACT,
                        BigDecimal.valueOf((1 + random.nextInt(50)) * 1_000_000L), null, Map.of()),
                new FigureValue("cases.solved", Qualifier.EXACT, BigDecimal.valueOf(cases), BigDecimal.valueOf(cases + random.nextInt(2 * cases + 1)),
                        Map.of()),
                new FigureValue("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(safe), BigDecimal.valueOf(hamlets), Map.of()),
                new FigureValue("hamlets.classification", Qualifier.EXACT, BigDecimal.valueOf(hamlets), null, classes));
    }
}
