package vn.antt.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.sun.net.httpserver.HttpServer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.delivery.Dispatcher;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.notification.webhook.WebhookSignature;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

class WebhookIntegrationTest extends NotificationApiTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    Dispatcher dispatcher;

    /** A unit's receiver: answers 503 while told to fail, records every call. */
    static final class Receiver implements AutoCloseable {

        record Call(String deliveryId, String signature, byte[] body, int status) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int status = down.get() || failuresLeft.getAndDecrement() > 0 ? 503 : 204;
                calls.add(new Call(exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Call> accepted() {
            return calls.stream().filter(c -> c.status() == 204).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private Map<String, String> registerWebhook(String unit, String url) {
        ApiClient.Response registered = as("quantri." + unit, unit, "ADMIN").post("/api/webhooks", Map.of("url", url));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return Map.of("id", registered.json().get("id").asString(), "secret", registered.json().get("secret").asString());
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheSignedEventOnceOnTheThirdTry() throws Exception {
        String unit = unitOfThisTest();
        try (Receiver receiver = new Receiver()) {
            receiver.failuresLeft.set(2);
            Map<String, String> webhook = registerWebhook(unit, receiver.url());

            EventEnvelope<DomainEvent> envelope = KafkaEvents.publish(EmailAndInboxIntegrationTest.overdue(unit));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);

            assertThat(receiver.calls).hasSize(3);
            assertThat(receiver.calls).extracting(Receiver.Call::deliveryId).containsOnly(
                    Delivery.idOf(envelope.id(), webhook.get("id"), Channel.WEBHOOK));
            Receiver.Call call = receiver.accepted().get(0);
            assertThat(new String(call.body(), StandardCharsets.UTF_8)).contains(envelope.id(), "\"supervisorName\":\"Huyện Sơn Tịnh\"");
            // The signature verifies with the unit's secret, and not for another body or an old timestamp.
            Instant now = Instant.now();
            assertThat(WebhookSignature.verify(webhook.get("secret"), call.signature(), call.body(), now, Duration.ofMinutes(5))).isTrue();
            assertThat(WebhookSignature.verify(webhook.get("secret"), call.signature(), "{}".getBytes(StandardCharsets.UTF_8), now,
                    Duration.ofMinutes(5))).isFalse();
            assertThat(WebhookSignature.verify("another-secret", call.signature(), call.body(), now, Duration.ofMinutes(5))).isFalse();
            assertThat(WebhookSignature.verify(webhook.get("secret"), call.signature(), call.body(), now.plus(Duration.ofMinutes(10)),
                    Duration.ofMinutes(5))).as("a replay ten minutes later").isFalse();

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted()).hasSize(1);
            Delivery delivery = mongo.findById(Delivery.idOf(envelope.id(), webhook.get("id"), Channel.WEBHOOK), Delivery.class);
            assertThat(delivery.log()).extracting(a -> a.outcome()).containsExactly("SENT");
        }
    }

    @Test
    void aReceiverThatStaysDownOpensTheCircuitItsDeliveriesWaitAndAllGoOutOnceAfterItRecovers() throws Exception {
        String unit = unitOfThisTest();
        try (Receiver receiver = new Receiver()) {
            receiver.down.set(true);
            Map<String, String> webhook = registerWebhook(unit, receiver.url());
            for (int i = 0; i < 3; i++) {
                KafkaEvents.publish(EmailAndInboxIntegrationTest.overdue(unit));
            }
            CircuitBreaker breaker = circuitBreakers.circuitBreaker("webhook-" + webhook.get("id"), "webhook");
            await().atMost(Duration.ofSeconds(30)).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
            // The fallback: while the circuit is open, deliveries are deferred, not lost and not attempted.
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.find(Query.query(Criteria.where("recipient").is(webhook.get("id"))),
                    Delivery.class).stream().anyMatch(d -> d.log().stream().anyMatch(a -> a.outcome().equals("CIRCUIT_OPEN"))));
            assertThat(receiver.accepted()).isEmpty();

            // Circuit-breaker states are exported to Micrometer.
            assertThat(ApiClient.on(port).get("/actuator/prometheus").body())
                    .contains("resilience4j_circuitbreaker_state{", "name=\"webhook-" + webhook.get("id") + "\"");

            receiver.down.set(false);
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() == 3);
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(receiver.accepted()).extracting(Receiver.Call::deliveryId).doesNotHaveDuplicates();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> receiver.accepted().size() == 3);
            assertThat(receiver.accepted()).hasSize(3);
        }
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachDeliveryOnce() throws Exception {
        String unit = unitOfThisTest();
        try (Receiver receiver = new Receiver()) {
            registerWebhook(unit, receiver.url());
            for (int i = 0; i < 10; i++) {
                KafkaEvents.publish(EmailAndInboxIntegrationTest.overdue(unit));
            }
            // The scheduled dispatcher plus two more "instances" hammering the same store.
            ExecutorService instances = Executors.newFixedThreadPool(2);
            AtomicBoolean running = new AtomicBoolean(true);
            for (int i = 0; i < 2; i++) {
                instances.submit(() -> {
                    while (running.get()) {
                        dispatcher.dispatchDue();
                    }
                    return null;
                });
            }
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() >= 10);
                // While the dispatchers keep running, nothing is sent again.
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> receiver.calls.size() == 10);
            } finally {
                running.set(false);
                instances.shutdown();
            }
            assertThat(receiver.calls).hasSize(10);
            assertThat(receiver.accepted()).extracting(Receiver.Call::deliveryId).doesNotHaveDuplicates();
        }
    }

    @Test
    void aWebhookMustBeHttpAndNeverPointToLinkLocalOrMetadataAddresses() {
        String unit = unitOfThisTest();
        ApiClient admin = as("quantri." + unit, unit, "ADMIN");
        for (String url : List.of("ftp://example.org/hook", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]:8080/hook", "http://metadata.google.internal/computeMetadata/v1/", "javascript:alert(1)")) {
            ApiClient.Response refused = admin.post("/api/webhooks", Map.of("url", url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).as(url).isEqualTo("url");
            assertThat(refused.json().get("rule").asString()).isEqualTo("webhook-url-not-allowed");
        }
        assertThat(as("vanthu." + unit, unit, "CLERK").post("/api/webhooks", Map.of("url", "https://example.org/hook")).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/webhooks").json()).isEmpty();
    }
}
