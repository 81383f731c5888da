package vn.antt.reporting.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * What the infrastructure alone can do with the same payloads, on the same machine and at the same time of the run:
 * records per second a Kafka producer gets acknowledged (acks=all, as our outbox relays do) and single-document
 * inserts per second into the document store from as many threads as the load used.
 */
final class RawLimits {

    private RawLimits() {
    }

    static double kafkaRecordsPerSecond(String brokers, byte[] payload, int records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>("benchmark-raw", "warm-up", payload)).get();
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                sent.add(producer.send(new ProducerRecord<>("benchmark-raw", "k" + (i % 1000), payload)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    static double documentInsertsPerSecond(String mongoUri, byte[] payload, int documents, int threads) throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> collection = client.getDatabase("benchmark-raw").getCollection("inserts");
            collection.drop();
            String body = new String(payload, StandardCharsets.UTF_8);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t;
                done.add(pool.submit(() -> {
                    for (int i = from; i < documents; i += threads) {
                        collection.insertOne(new Document("_id", "d" + i).append("payload", body));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double rate = documents / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            collection.drop();
            return rate;
        }
    }
}
