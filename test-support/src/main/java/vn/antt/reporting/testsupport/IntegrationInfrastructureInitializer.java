package vn.antt.reporting.testsupport;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the shared broker and store, with a database of its own, and makes it
 * trust {@link TestTokens}. Topics are created as in production: by their publishers (the services' own provisioning,
 * or {@link DeclaredTopics} when a test publishes); no consumer adds partitions.
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
                        "reporting.test.database=" + database)
                .applyTo(context);
        SharedInfrastructure.uses(context);
    }
}
