package vn.antt.reporting.review.reviewcase;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server standing for submission-service's draft API in review-service's tests, one per test JVM (see
 * {@link SubmissionServiceStubInitializer}, which points every context at it, so that all review tests share one
 * context and its consumer groups): {@code GET
 * /api/drafts/{plan}/{unit}} answers the draft set with {@link #existing} (404 problem details without one),
 * {@code PUT} stores the body as the next revision and answers it. Every request is kept with its Authorization.
 */
final class SubmissionServiceStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String method, String path, String authorization, JsonNode body) {
    }

    private static SubmissionServiceStub shared;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile HttpServer server;
    private volatile ObjectNode draft;

    private SubmissionServiceStub() {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    static synchronized SubmissionServiceStub shared() {
        if (shared == null) {
            shared = new SubmissionServiceStub();
        }
        return shared;
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            http.setExecutor(Executors.newCachedThreadPool());
            http.createContext("/api/drafts/", this::drafts);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** submission-service goes down: nothing listens on its port any more (connections are refused). */
    void stop() {
        server.stop(0);
    }

    /** submission-service is back, on the same port. */
    void restart() {
        server = listen(port);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The draft the unit already has (its JSON as submission-service stores it). */
    void existing(ObjectNode draft) {
        this.draft = draft;
    }

    private void drafts(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body.isEmpty() ? null : JSON.readTree(body)));
        if (exchange.getRequestMethod().equals("GET")) {
            if (draft == null) {
                reply(exchange, 404, "application/problem+json", "{\"status\":404,\"rule\":\"draft-not-found\",\"title\":\"Không có bản nháp\"}");
            } else {
                ObjectNode view = JSON.createObjectNode();
                view.set("draft", draft);
                view.putArray("blockingErrors");
                view.putArray("warnings");
                reply(exchange, 200, "application/json", JSON.writeValueAsString(view));
            }
            return;
        }
        ObjectNode saved = (ObjectNode) JSON.readTree(body);
        saved.put("revision", saved.path("baseRevision").asLong() + 1);
        saved.remove("baseRevision");
        draft = saved;
        reply(exchange, 200, "application/json", JSON.writeValueAsString(saved));
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
