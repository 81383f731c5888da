package vn.antt.reporting.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP service behind the gateway, for its tests: {@code /api/submissions/**} echoes what it
 * received as JSON, {@code /v3/api-docs} answers a small OpenAPI document naming the path it was asked for, {@code /api/rollups/slow} answers after 6 s, a roll-up's export
 * after 3 s, {@code /api/dashboards/**} streams two
 * Server-Sent Events 1.5 s apart. It counts the requests that reached it.
 */
final class Downstream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    Downstream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/submissions", this::echo);
        server.createContext("/logout", this::echo);
        server.createContext("/v3/api-docs", exchange -> {
            received.incrementAndGet();
            ObjectNode document = JSON.createObjectNode();
            document.put("openapi", "3.1.0");
            document.putObject("info").put("title", "Dịch vụ mẫu").put("x-path", exchange.getRequestURI().getPath());
            reply(exchange, 200, "application/json", JSON.writeValueAsString(document));
        });
        server.createContext("/api/rollups/slow", exchange -> {
            received.incrementAndGet();
            sleep(6000);
            reply(exchange, 200, "application/json", "{\"late\":true}");
        });
        server.createContext("/api/rollups/kh-119/nodes/51/export", exchange -> {
            received.incrementAndGet();
            sleep(3000);
            reply(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK-bang-tong-hop");
        });
        server.createContext("/api/dashboards", exchange -> {
            received.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 1; i <= 2; i++) {
                    out.write(("event: rollup\ndata: {\"submitted\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (i == 1) {
                        sleep(3000);
                    }
                }
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int received() {
        return received.get();
    }

    private void echo(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        ObjectNode seen = JSON.createObjectNode();
        seen.put("method", exchange.getRequestMethod());
        seen.put("path", exchange.getRequestURI().getPath());
        seen.put("query", exchange.getRequestURI().getQuery());
        seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        seen.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
        seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        reply(exchange, 201, "application/json", JSON.writeValueAsString(seen));
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
