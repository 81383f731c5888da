package vn.antt.reporting.contracts.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.PlanMother;

/**
 * An expected unit's version key travels only when the code named another unit before (codes reused across the
 * reform): a nation-wide plan of 10.047 communes must still fit in one Kafka record (the producer's and the broker's
 * 1 MB default), which the key of every first version would have broken (1.060.495 bytes, found by the benchmark).
 */
class ExpectedUnitTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void aFirstVersionsKeyIsItsCodeAndIsLeftOutOfTheEventALaterVersionsTravels() {
        ExpectedUnit binhTri = new ExpectedUnit("21061", "Xã Bình Trị", "COMMUNE", List.of("51", "524"), "21061");
        ExpectedUnit vanTuong = new ExpectedUnit("21061", "Xã Vạn Tường", "COMMUNE", List.of("51"), "21061@2025-07-01");

        assertThat(binhTri.versionKey()).isNull();
        assertThat(binhTri.key()).isEqualTo("21061");
        assertThat(binhTri).isEqualTo(new ExpectedUnit("21061", "Xã Bình Trị", "COMMUNE", List.of("51", "524")));
        assertThat(vanTuong.key()).isEqualTo("21061@2025-07-01");

        PlanPublished plan = PlanMother.plan119().expected(List.of(binhTri, vanTuong)).build();
        byte[] json = codec.encode(EventEnvelope.of("/planning-service", Instant.parse("2026-01-15T02:00:00Z"), plan));
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("versionKey").contains("\"versionKey\":\"21061@2025-07-01\"");
        PlanPublished read = (PlanPublished) codec.decode(json).data();
        assertThat(read.expectedUnits()).containsExactly(binhTri, vanTuong);
        assertThat(read.expectedUnits()).extracting(ExpectedUnit::key).containsExactly("21061", "21061@2025-07-01");
    }

    @Test
    void aNationWidePlanOfFirstVersionsFitsInOneKafkaRecord() {
        List<ExpectedUnit> communes = new ArrayList<>();
        for (int i = 0; i < 10_047; i++) {
            String code = String.format("%05d", i);
            // Names as long as the official list's (Xã Tịnh Sơn, Phường Phúc Xá, Thị trấn Châu Ổ …).
            communes.add(new ExpectedUnit(code, "Xã Tịnh Sơn " + i, "COMMUNE",
                    List.of(String.format("%02d", i % 63), String.format("%03d", i % 696))));
        }
        PlanPublished plan = PlanMother.plan119().expected(communes).build();

        byte[] json = codec.encode(EventEnvelope.of("/planning-service", Instant.parse("2025-05-28T02:00:00Z"), plan));

        assertThat(json.length).as("bytes of a nation-wide plan's event").isLessThan(1_048_576);
    }
}
