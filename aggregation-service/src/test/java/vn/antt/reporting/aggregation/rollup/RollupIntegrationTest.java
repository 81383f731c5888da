package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;
import vn.antt.reporting.testsupport.TestTokens;

@ServiceIntegrationTest
class RollupIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory directory;

    @BeforeAll
    static void publishDirectory() {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
    }

    private ApiClient as(String unit, String role) {
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.BINH_HAI).isPresent()
                && directory.find(Units.TINH_HA).isPresent());
        return ApiClient.on(port).as(TestTokens.issue("user." + unit, unit, role));
    }

    private long submitted(ApiClient client, String plan, String node) {
        ApiClient.Response response = client.get("/api/rollups/" + plan + "/nodes/" + node);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("submitted").asLong();
    }

    @Test
    void countsRollUpToTheDistrictAndTheProvinceAndNeverTwice() {
        String plan = "kh-" + UUID.randomUUID();
        ReportSubmitted tinhSonV1 = ReportSubmittedMother.aReportSubmitted().plan(plan).build();
        ReportSubmitted tinhSonV2 = ReportSubmittedMother.aReportSubmitted().plan(plan).version(2).build();
        KafkaEvents.publish(tinhSonV2);
        KafkaEvents.publish(tinhSonV1); // out of order: older version after the newer one
        KafkaEvents.publish(tinhSonV2); // duplicate
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.tinhHa()).late(true).build());
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.binhHai()).build());

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).until(() -> submitted(province, plan, Units.QUANG_NGAI) == 3);

        ApiClient sonTinh = as(Units.SON_TINH, "REVIEWER");
        ApiClient.Response district = sonTinh.get("/api/rollups/" + plan + "/nodes/" + Units.SON_TINH);
        assertThat(district.json().get("submitted").asLong()).isEqualTo(2);
        assertThat(district.json().get("submittedLate").asLong()).isEqualTo(1);
        assertThat(district.json().get("submittedOnTime").asLong()).isEqualTo(1);
        assertThat(district.json().get("nodeName").asString()).isEqualTo("Huyện Sơn Tịnh");
        assertThat(submitted(province, plan, Units.BINH_SON)).isEqualTo(1);
        assertThat(submitted(as(Units.TINH_SON, "CLERK"), plan, Units.TINH_SON)).isEqualTo(1);
    }

    @Test
    void aWithdrawnVersionStopsCountingUnlessALaterVersionIsKnown() {
        String plan = "kh-" + UUID.randomUUID();
        ReportSubmittedMother tinhSonV1 = ReportSubmittedMother.aReportSubmitted().plan(plan);
        ReportSubmittedMother tinhHaV1 = ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.tinhHa());
        ReportSubmittedMother tinhHaV2 = ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.tinhHa()).version(2);
        KafkaEvents.publish(tinhSonV1.build());
        KafkaEvents.publish(tinhSonV1.buildWithdrawal("Gửi nhầm"));
        KafkaEvents.publish(tinhSonV1.build()); // a redelivered submission does not bring it back
        // Tịnh Hà withdrew version 1 and submitted version 2; the withdrawal arrives last and changes nothing.
        KafkaEvents.publish(tinhHaV1.build());
        KafkaEvents.publish(tinhHaV2.build());
        KafkaEvents.publish(tinhHaV1.buildWithdrawal("Gửi nhầm"));
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(plan).unit(Units.binhHai()).build());

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        // The test broker's topic has one partition: once Bình Hải's event (the last) counts, all before it were applied.
        await().atMost(Duration.ofSeconds(30)).until(() -> submitted(province, plan, Units.BINH_SON) == 1);
        assertThat(submitted(province, plan, Units.SON_TINH)).isEqualTo(1);
        assertThat(submitted(province, plan, Units.TINH_SON)).isZero();
        assertThat(submitted(province, plan, Units.TINH_HA)).isEqualTo(1);
        assertThat(submitted(province, plan, Units.QUANG_NGAI)).isEqualTo(2);
    }

    @Test
    void aDistrictMayNotReadAnotherDistrictNorACommuneItsDistrict() {
        String plan = "kh-" + UUID.randomUUID();
        ApiClient.Response otherDistrict = as(Units.SON_TINH, "REVIEWER").get("/api/rollups/" + plan + "/nodes/" + Units.BINH_SON);
        assertThat(otherDistrict.status()).isEqualTo(403);
        assertThat(otherDistrict.json().get("rule").asString()).isEqualTo("access-refused");

        assertThat(as(Units.TINH_SON, "CLERK").get("/api/rollups/" + plan + "/nodes/" + Units.SON_TINH).status())
                .isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/rollups/" + plan + "/nodes/" + Units.SON_TINH).status()).isEqualTo(401);
    }
}
