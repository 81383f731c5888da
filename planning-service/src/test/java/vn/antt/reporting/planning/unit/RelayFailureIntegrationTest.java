package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import vn.antt.reporting.testsupport.ServiceIntegrationTest;

/**
 * The broker refuses every record of the relay: the topic (one of its own, not the shared
 * {@code unit-directory}) takes records of 200 bytes at most. The refusal comes back from the broker
 * after the send; because the producer is synchronous the relay sees it, and the stored change keeps
 * its pending publication, with the event id reserved for it, for the next pass. With an asynchronous
 * producer the relay would take the send for done and the change would never be published (this test
 * then fails). The context is closed afterwards, so that its relay stops retrying.
 */
@ServiceIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.unitDirectory-out-0.destination=unit-directory-refusing",
        "spring.cloud.stream.kafka.bindings.unitDirectory-out-0.producer.topic.properties.max.message.bytes=200",
        // The producer retries a refused batch until the delivery timeout (2 minutes by default).
        "spring.cloud.stream.kafka.bindings.unitDirectory-out-0.producer.configuration.request.timeout.ms=1000",
        "spring.cloud.stream.kafka.bindings.unitDirectory-out-0.producer.configuration.delivery.timeout.ms=1500",
        "reporting.units.relay.interval=100ms"})
class RelayFailureIntegrationTest {

    @Autowired
    UnitImporter importer;

    @Autowired
    UnitDirectoryRelay relay;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSendTheBrokerRefusesKeepsThePendingPublicationAndItsEventId() {
        String province = """
                {"data": [{"level1_id": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "level2s": []}]}
                """;
        importer.importFile(province.getBytes(StandardCharsets.UTF_8), UnitImporter.ImportOptions.defaults(),
                plan -> { }, ImportProgress.NONE);
        String reserved = mongo.findById("51", Unit.class).pending().eventId();

        assertThat(relay.publishBatch()).isZero();

        // Nothing more happens to the unit while the relay keeps running (every 100 ms) against the refusing broker.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            Unit after = mongo.findById("51", Unit.class);
            assertThat(after.pending()).isNotNull();
            assertThat(after.pending().eventId()).isEqualTo(reserved);
            assertThat(after.revision()).isEqualTo(1);
        });
    }
}
