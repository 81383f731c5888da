package vn.antt.reporting.contracts.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.PlanMother;

/**
 * plan-published v1 kept its flat fields when the letter became one value ({@link PlanLetter}): events already on the
 * compacted {@code plans} topic still read, and services that read the fields by name still find them.
 */
class PlanPublishedWireFormatTest {

    /** The fields of plan-published v1, in order, as the record had them before the letter was one value. */
    private static final List<String> V1_FIELDS = List.of("planId", "revision", "number", "issuingUnitCode", "issuingBody",
            "signer", "signerTitle", "issuedOn", "title", "legalBasis", "periodFrom", "periodTo", "deadline", "recipientUnitCode",
            "recipientName", "contact", "milestones", "status", "lockAtDeadline", "outlineId", "outlineVersion", "comparisonPlanId",
            "expectedUnits", "reviewChains", "reviewTime", "returnToSubmitter", "unitDeadlines", "groups");

    /** A plan-published v1 event as planning-service wrote it before the change (flat letter fields, no "letter"). */
    private static final String OLD_EVENT = """
            {"specversion":"1.0","id":"7d1f0c4e-0b7a-4f57-9d7e-2f1c3b9a0e11","source":"/planning-service",
             "type":"vn.antt.reporting.planning.plan-published.v1","subject":"kh-119-2025-qng","time":"2025-05-28T02:00:00Z",
             "dataschema":"/events/planning/plan-published/v1","datacontenttype":"application/json",
             "data":{"planId":"kh-119-2025-qng","revision":3,"number":"119/KH-UBND","issuingUnitCode":"51",
              "issuingBody":"Ủy ban nhân dân tỉnh Quảng Ngãi","signer":"Nguyễn Hoàng Giang","signerTitle":"CHỦ TỊCH",
              "issuedOn":"2025-05-28","title":"Tổng kết 10 năm thực hiện Luật An toàn thông tin mạng",
              "legalBasis":["Luật An toàn thông tin mạng 2015","Kế hoạch số 12/KH-BCA"],"periodFrom":"2015-11-09",
              "periodTo":"2025-05-10","deadline":"2025-06-09T17:00:00Z","recipientUnitCode":"51-CA",
              "recipientName":"Công an tỉnh (qua Phòng An ninh kinh tế)",
              "contact":"Đ/c Trung tá Võ Minh Cảnh - Đội trưởng, 0889.803.777",
              "milestones":[{"title":"Hội nghị tổng kết","due":"2025-06-20"}],"status":"ISSUED","lockAtDeadline":true,
              "outlineId":"de-cuong-357","outlineVersion":2,"comparisonPlanId":null,
              "expectedUnits":[{"code":"21217","name":"Xã Tịnh Sơn","kind":"COMMUNE","ancestry":["51","527"]}],
              "reviewChains":[{"unitKind":"COMMUNE","levels":["DISTRICT","PROVINCE"]}],"reviewTime":"PT72H",
              "returnToSubmitter":false,"unitDeadlines":[],"groups":[]}}
            """;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void anEventWrittenBeforeTheLetterWasOneValueReadsWithEveryLetterField() {
        PlanPublished read = codec.decode(OLD_EVENT.getBytes(StandardCharsets.UTF_8), PlanPublished.class).data();

        assertThat(read.letter()).isEqualTo(new PlanLetter("119/KH-UBND", "51", "Ủy ban nhân dân tỉnh Quảng Ngãi",
                "Nguyễn Hoàng Giang", "CHỦ TỊCH", LocalDate.of(2025, 5, 28), "Tổng kết 10 năm thực hiện Luật An toàn thông tin mạng",
                List.of("Luật An toàn thông tin mạng 2015", "Kế hoạch số 12/KH-BCA"), LocalDate.of(2015, 11, 9),
                LocalDate.of(2025, 5, 10), Instant.parse("2025-06-09T17:00:00Z"), "51-CA", "Công an tỉnh (qua Phòng An ninh kinh tế)",
                "Đ/c Trung tá Võ Minh Cảnh - Đội trưởng, 0889.803.777"));
        assertThat(read.planId()).isEqualTo("kh-119-2025-qng");
        assertThat(read.revision()).isEqualTo(3);
        assertThat(read.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(read.lockAtDeadline()).isTrue();
        assertThat(read.outlineVersion()).isEqualTo(2);
        assertThat(read.reviewTime()).isEqualTo(Duration.ofDays(3));
        assertThat(read.milestones()).containsExactly(new Milestone("Hội nghị tổng kết", LocalDate.of(2025, 6, 20)));
        assertThat(read.expectedUnits()).extracting(ExpectedUnit::code).containsExactly("21217");
        assertThat(read.effectiveDeadline("21217", List.of("51", "527"))).isEqualTo(Instant.parse("2025-06-09T17:00:00Z"));
    }

    @Test
    void anEventIsWrittenWithTheFlatV1FieldsInTheirOrder() {
        PlanPublished plan = PlanMother.plan119().build();

        JsonNode data = JsonMapper.builder().build()
                .readTree(codec.encode(EventEnvelope.of("/planning-service", Instant.parse("2025-05-28T02:00:00Z"), plan)))
                .path("data");

        assertThat(data.propertyNames()).containsExactlyElementsOf(V1_FIELDS);
        assertThat(data.path("number").asString()).isEqualTo(plan.letter().number());
        assertThat(data.path("deadline").asString()).isEqualTo(plan.letter().deadline().toString());
        assertThat(data.path("issuedOn").asString()).isEqualTo(plan.letter().issuedOn().toString());
        assertThat(data.has("letter")).isFalse();
    }

    @Test
    void anEventWithoutAnyLetterFieldReadsAsAnEmptyLetter() {
        String bare = OLD_EVENT.replaceAll("\"(number|issuingUnitCode|issuingBody|signer|signerTitle|issuedOn|title|periodFrom"
                + "|periodTo|deadline|recipientUnitCode|recipientName|contact)\":(\"[^\"]*\"|null),", "")
                .replaceAll("\"legalBasis\":\\[[^]]*],", "");
        assertThat(bare).doesNotContain("\"number\"", "\"deadline\"", "\"legalBasis\"", "\"contact\"");

        PlanPublished read = codec.decode(bare.getBytes(StandardCharsets.UTF_8), PlanPublished.class).data();

        assertThat(read.letter()).isEqualTo(new PlanLetter(null, null, null, null, null, null, null, List.of(), null, null, null,
                null, null, null));
        assertThat(read.outlineId()).isEqualTo("de-cuong-357");
    }
}
