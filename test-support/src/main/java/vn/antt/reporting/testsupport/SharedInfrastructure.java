package vn.antt.reporting.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in-process) and one Mongo-wire server per test JVM, started on first
 * use and shared by every test class; they stop when the JVM exits. Test classes stay apart by using
 * their own database name and consumer groups, not their own servers: starting a broker per class
 * would cost seconds each on 2 cores.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;

    private SharedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-test-kafka"));
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
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "stop-test-mongo"));
        }
        return mongoAddress;
    }

    public static String mongoUri(String database) {
        return "mongodb://" + mongoAddress() + "/" + database;
    }
}
