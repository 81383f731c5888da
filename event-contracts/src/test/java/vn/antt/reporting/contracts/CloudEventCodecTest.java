package vn.antt.reporting.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.antt.reporting.contracts.mothers.DeadlineAlertMother;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.ReportSubmitted;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    /** One example per event record; the test below fails when a catalogued event has none. */
    static Stream<DomainEvent> examples() {
        return Stream.of(
                ReportSubmittedMother.aReportSubmitted().build(),
                ReportSubmittedMother.aReportSubmitted().version(2).buildWithdrawal("Gửi nhầm tệp, sẽ gửi lại"),
                ReviewEventMother.acceptedByDistrict(ReportSubmittedMother.aReportSubmitted().build()),
                ReviewEventMother.returnedByDistrict(ReportSubmittedMother.aReportSubmitted().build()),
                ReviewEventMother.finalized(ReportSubmittedMother.aReportSubmitted().build()),
                ReviewEventMother.reopenedByProvince(ReportSubmittedMother.aReportSubmitted().build()),
                ReviewEventMother.overdueAtDistrict(ReportSubmittedMother.aReportSubmitted().build()),
                DeadlineAlertMother.approaching(),
                DeadlineAlertMother.overdue(),
                DeadlineAlertMother.escalated(),
                UnitChangedMother.tinhSon(),
                PlanMother.plan119().internalDeadline(Units.SON_TINH, Instant.parse("2025-06-05T17:00:00Z"))
                        .group("xa-ven-bien", "Xã ven biển", List.of(Units.BINH_HAI)).build(),
                OutlineMother.outline357());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyEventSurvivesARoundTrip(DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/test", Instant.parse("2025-06-06T02:00:00Z"), event);

        EventEnvelope<? extends DomainEvent> read = codec.decode(codec.encode(envelope));

        assertThat(read).isEqualTo(envelope);
        assertThat(read.data()).isEqualTo(event);
    }

    @Test
    void everyCataloguedEventHasARoundTripExample() {
        List<Class<?>> covered = examples().<Class<?>>map(Object::getClass).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EventCatalog.EVENTS);
    }

    @Test
    void envelopeCarriesCloudEventsAttributesAndVietnameseTextAsUtf8() {
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().build();
        String json = new String(codec.encode(EventEnvelope.of("/submission-service", Instant.now(), event)),
                StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"vn.antt.reporting.submission.report-submitted.v1\"")
                .contains("\"dataschema\":\"/events/submission/report-submitted/v1\"")
                .contains("\"subject\":\"" + event.submissionId() + "\"")
                .contains("Xã Tịnh Sơn")
                .contains("\"qualifier\":\"MORE_THAN\"");
    }

    @Test
    void aReportSubmittedCarriesItsSectionsAndOneWrittenBeforeTheFieldExistedReadsAsWithout() {
        ReportSubmitted event = ReportSubmittedMother.aReportSubmitted().build();
        String json = new String(codec.encode(EventEnvelope.of("/submission-service", Instant.now(), event)), StandardCharsets.UTF_8);
        assertThat(json).contains("\"sections\":[{\"number\":\"I\",");

        ReportSubmitted without = ReportSubmittedMother.aReportSubmitted().sections(List.of()).build();
        String older = new String(codec.encode(EventEnvelope.of("/submission-service", Instant.now(), without)), StandardCharsets.UTF_8)
                .replace(",\"sections\":[]", "");
        assertThat(older).doesNotContain("sections");
        ReportSubmitted read = codec.decode(older.getBytes(StandardCharsets.UTF_8), ReportSubmitted.class).data();
        assertThat(read.sections()).isEmpty();
        assertThat(read.figures()).isEqualTo(without.figures());
    }

    @Test
    void aPlanPublishedCarriesItsGroupsAndOneWrittenBeforeTheFieldExistedReadsAsWithout() {
        PlanPublished event = PlanMother.plan119().group("xa-ven-bien", "Xã ven biển", List.of(Units.BINH_HAI)).build();
        String json = new String(codec.encode(EventEnvelope.of("/planning-service", Instant.now(), event)), StandardCharsets.UTF_8);
        assertThat(json).contains("\"groups\":[{\"code\":\"xa-ven-bien\",\"name\":\"Xã ven biển\",\"unitCodes\":[\"21067\"]}]");

        PlanPublished without = PlanMother.plan119().build();
        String older = new String(codec.encode(EventEnvelope.of("/planning-service", Instant.now(), without)), StandardCharsets.UTF_8)
                .replace(",\"groups\":[]", "");
        assertThat(older).doesNotContain("groups");
        PlanPublished read = codec.decode(older.getBytes(StandardCharsets.UTF_8), PlanPublished.class).data();
        assertThat(read.groups()).isEmpty();
        assertThat(read.expectedUnits()).isEqualTo(without.expectedUnits());
        assertThat(read).isEqualTo(without);
    }

    @Test
    void unknownTypeIsUnreadable() {
        byte[] json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"vn.antt.reporting.x.nope.v1\",\"data\":{}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unknown event type 'vn.antt.reporting.x.nope.v1'");
    }

    @Test
    void garbageIsUnreadable() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageStartingWith("not JSON");
    }

    @Test
    void decodingAsTheWrongClassIsRefused() {
        byte[] json = codec.encode(EventEnvelope.of("/test", Instant.now(), UnitChangedMother.tinhSon()));
        assertThatThrownBy(() -> codec.decode(json, ReportSubmitted.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("expected ReportSubmitted");
    }
}
