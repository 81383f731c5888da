package vn.antt.reporting.testsupport;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in-process) and one Mongo-wire server per test JVM, started on first
 * use and shared by every test class; they stop when the JVM exits, after the Spring contexts that use them have
 * closed (JVM shutdown hooks run together: a context still closing after the broker stopped waited 30 s for each
 * producer's unsent records, and Surefire killed the JVM). Test classes stay apart by using
 * their own database name and consumer groups, not their own servers: starting a broker per class
 * would cost seconds each on 2 cores.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;
    private static final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stop, "stop-test-infrastructure"));
    }

    private SharedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
            kafka = broker;
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        kafkaBootstrapServers();
        return kafka;
    }

    /** {@code host:port} of the shared Mongo-wire server. */
    public static synchronized String mongoAddress() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            mongo = server;
            mongoAddress = address.getHostString() + ":" + address.getPort();
        }
        return mongoAddress;
    }

    public static String mongoUri(String database) {
        return "mongodb://" + mongoAddress() + "/" + database;
    }

    /** A context pointed at the shared servers ({@link IntegrationInfrastructureInitializer}): closed before they stop. */
    static synchronized void uses(ConfigurableApplicationContext context) {
        contexts.push(context);
    }

    private static void stop() {
        ConfigurableApplicationContext[] using;
        synchronized (SharedInfrastructure.class) {
            using = contexts.toArray(ConfigurableApplicationContext[]::new);
        }
        // The latest first; close() waits for a close Spring's own shutdown hook has begun, and does nothing after it.
        for (ConfigurableApplicationContext context : using) {
            try {
                context.close();
            } catch (RuntimeException ignored) {
                // the JVM is exiting: the servers stop anyway
            }
        }
        synchronized (SharedInfrastructure.class) {
            if (kafka != null) {
                kafka.destroy();
            }
            if (mongo != null) {
                mongo.shutdownNow();
            }
        }
    }
}
