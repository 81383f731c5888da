package vn.antt.reporting.testsupport;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the shared broker and store, with a database of its own, and makes it
 * trust {@link TestTokens}.
 */
public class IntegrationInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String brokers = SharedInfrastructure.kafkaBootstrapServers();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + brokers,
                        "spring.cloud.stream.kafka.binder.brokers=" + brokers,
                        "spring.mongodb.uri=" + SharedInfrastructure.mongoUri(database),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                        "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                        // Each context reads the topics from the start under its own groups, so that test
                        // classes sharing the broker do not steal each other's records.
                        "spring.cloud.stream.kafka.binder.auto-add-partitions=true",
                        "reporting.test.database=" + database)
                .applyTo(context);
    }
}
