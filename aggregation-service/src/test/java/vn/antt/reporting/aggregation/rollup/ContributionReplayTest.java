package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antt.reporting.aggregation.rollup.UnitHistory.Shape;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;

/**
 * A rebuild's replay in memory ({@link ContributionLedger#replay}), one history shape per row: the facts it keeps give
 * what the roll-ups must count (written down in {@link UnitHistory}, not by the aggregation code), whatever the order of
 * the events and however often each comes. That the store's ledger keeps the same facts is the rebuild integration
 * tests' comparison (live through the store, rebuilt in memory).
 */
class ContributionReplayTest {

    private static final String PLAN = "kh-119-2025-qng";

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theFactsOfAHistoryGiveWhatCountsInAnyOrderAndWithRepeats(Shape shape) {
        UnitHistory history = UnitHistory.of(PLAN, Units.tinhSon(), shape, new Random(shape.ordinal()));
        Contribution inOrder = replayed(history.events()).get(Units.TINH_SON);

        if (shape == Shape.NONE) {
            assertThat(inOrder).isNull();
            return;
        }
        assertThat(inOrder.id()).isEqualTo(Contribution.idOf(PLAN, Units.TINH_SON));
        assertThat(inOrder.current().map(VersionFacts::figures).orElse(null)).isEqualTo(history.provisional());
        assertThat(inOrder.approved().map(VersionFacts::figures).orElse(null)).isEqualTo(history.approved());
        assertThat(inOrder.late()).isEqualTo(history.late());
        assertThat(inOrder.approved().map(v -> v.acceptedLevels().contains(2)).orElse(false))
                .isEqualTo(history.acceptedAtSecondLevel());

        List<DomainEvent> twice = new ArrayList<>(history.events());
        twice.addAll(history.events());
        assertThat(replayed(twice).get(Units.TINH_SON)).isEqualTo(inOrder);
        Random random = new Random(23 + shape.ordinal());
        for (int trial = 0; trial < 20; trial++) {
            List<DomainEvent> shuffled = new ArrayList<>(history.events());
            shuffled.addAll(history.events().subList(0, random.nextInt(history.events().size() + 1)));
            Collections.shuffle(shuffled, random);
            assertThat(inSetOrder(replayed(shuffled).get(Units.TINH_SON))).as("order %s", shuffled).isEqualTo(inSetOrder(inOrder));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"FINAL", "RESUBMITTED_ACCEPTED"})
    void acceptancesAddToTheirVersionOnlyOnceEachInTheOrderTheyCame(Shape shape) {
        UnitHistory history = UnitHistory.of(PLAN, Units.tinhSon(), shape, new Random(7));
        List<DomainEvent> events = new ArrayList<>(history.events());
        events.addAll(history.events());
        VersionFacts v1 = replayed(events).get(Units.TINH_SON).versions().get("v1");

        assertThat(v1.acceptedBy()).containsExactlyElementsOf(shape == Shape.FINAL ? List.of(Units.SON_TINH, Units.QUANG_NGAI)
                : List.of(Units.SON_TINH));
        assertThat(v1.acceptedLevels()).containsExactlyElementsOf(shape == Shape.FINAL ? List.of(1, 2) : List.of(1));
        assertThat(v1.returned()).isEqualTo(shape == Shape.RESUBMITTED_ACCEPTED);
        assertThat(v1.finalized()).isEqualTo(shape == Shape.FINAL);
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"SUBMITTED", "ACCEPTED"})
    void aReviewEventBeforeItsSubmissionKeepsTheSubmissionsFigures(Shape shape) {
        UnitHistory history = UnitHistory.of(PLAN, Units.tinhSon(), shape, new Random(11));
        List<DomainEvent> events = new ArrayList<>(history.events());
        Collections.reverse(events);
        events.add(0, ReviewEventMother.returned((ReportSubmitted) history.events().get(0), 1,
                Units.SON_TINH));

        VersionFacts v1 = replayed(events).get(Units.TINH_SON).versions().get("v1");

        assertThat(v1.submitted()).isTrue();
        assertThat(v1.figures()).isEqualTo(history.first());
        assertThat(v1.returned()).isTrue();
        assertThat(v1.accepted()).isEqualTo(shape == Shape.ACCEPTED);
    }

    @Test
    void eventsOfOtherKindsAddNothing() {
        UnitHistory history = UnitHistory.of(PLAN, Units.tinhSon(), Shape.SUBMITTED, new Random(3));
        Map<String, Contribution> contributions = new HashMap<>();
        List<FigureValue> figures = history.first();

        ReportSubmitted submitted = (ReportSubmitted) history.events().get(0);

        assertThat(ContributionLedger.replay(ReviewEventMother.overdueAtDistrict(submitted), contributions)).isFalse();
        assertThat(ContributionLedger.replay(ReviewEventMother.reopenedByProvince(submitted), contributions)).isFalse();
        assertThat(contributions).isEmpty();
        assertThat(ContributionLedger.replay(submitted, contributions)).isTrue();
        assertThat(contributions.get(Units.TINH_SON).current().orElseThrow().figures()).isEqualTo(figures);
    }

    /**
     * The facts with the accepting units and levels sorted: they are sets, kept in the order they came (as the store's
     * {@code $addToSet} keeps them; a unit's review events come in one order, from one partition).
     */
    private static Contribution inSetOrder(Contribution contribution) {
        Map<String, VersionFacts> versions = new HashMap<>();
        contribution.versions().forEach((key, v) -> versions.put(key, new VersionFacts(v.version(), v.submissionId(), v.submittedAt(),
                v.late(), v.figures(), v.submitted(), v.withdrawn(), v.acceptedBy().stream().sorted().toList(),
                v.acceptedLevels().stream().sorted().toList(), v.returned(), v.finalized())));
        return new Contribution(contribution.id(), contribution.planId(), contribution.unitCode(), versions);
    }

    private static Map<String, Contribution> replayed(List<DomainEvent> events) {
        Map<String, Contribution> contributions = new HashMap<>();
        events.forEach(event -> ContributionLedger.replay(event, contributions));
        return contributions;
    }
}
