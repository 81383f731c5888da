package vn.antt.reporting.web.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.antt.reporting.web.WebProperties;

/**
 * Relays a service's Server-Sent Events stream to the browser, which holds no token: the stream is opened at the
 * gateway with the signed-in user's access token (read in the page's request, refreshed when expired) and each event
 * is forwarded over an {@link SseEmitter}, with the same id so that the browser's Last-Event-ID resumes upstream.
 * Heartbeats are forwarded too (they find a browser that went away). When the upstream stream ends or fails, the
 * browser's stream ends and EventSource reconnects here with its Last-Event-ID. Open relays end on shutdown.
 */
@Component
public class StreamRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamRelay.class);
    /** The gateway ends its streams after 30 min; the browser reconnects and the token is read again. */
    private static final Duration LONGEST = Duration.ofMinutes(31);

    private final OAuth2AuthorizedClientManager tokens;
    private final WebProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stream-relay-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Open> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    StreamRelay(OAuth2AuthorizedClientManager tokens, WebProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * @param path        the gateway path of the stream, with {@code {}} variables
     * @param lastEventId what the browser last received (its Last-Event-ID header, or a query parameter after it
     *                    had to open a new EventSource), or null
     * @param forward     what the browser gets for an upstream event (its id kept)
     */
    public SseEmitter relay(HttpServletRequest request, HttpServletResponse response, String lastEventId,
                            Function<SseEvents.Event, SseEmitter.SseEventBuilder> forward, String path, Object... variables) {
        String token = accessToken(request, response);
        URI uri = UriComponentsBuilder.fromUri(properties.apiBaseUrl()).path(path).buildAndExpand(variables).encode().toUri();
        SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
        Open stream = new Open(emitter);
        open.add(stream);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(error -> stream.close());
        HttpRequest.Builder upstream = HttpRequest.newBuilder(uri).GET()
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null && !lastEventId.isBlank()) {
            upstream.header("Last-Event-ID", lastEventId);
        }
        readers.execute(() -> read(upstream.build(), stream, forward));
        return emitter;
    }

    private String accessToken(HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("identity")
                .principal(SecurityContextHolder.getContext().getAuthentication())
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build());
        if (client == null || client.getAccessToken() == null) {
            throw new ClientAuthorizationRequiredException("identity");
        }
        return client.getAccessToken().getTokenValue();
    }

    private void read(HttpRequest request, Open stream, Function<SseEvents.Event, SseEmitter.SseEventBuilder> forward) {
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                answer.body().close();
                // The browser is told why and stops (a refusal does not get better by reconnecting).
                stream.emitter.send(SseEmitter.event().name("refused").data(Integer.toString(answer.statusCode())));
                stream.emitter.complete();
                return;
            }
            stream.upstream = answer.body();
            SseEvents parser = new SseEvents(event -> stream.send(forward.apply(event)), comment -> stream.send(SseEmitter.event().comment(comment)));
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                String line;
                while (!stream.closed && (line = lines.readLine()) != null) {
                    parser.line(line);
                }
            }
            stream.emitter.complete(); // upstream ended (its time limit, a restart): EventSource reconnects with its id
        } catch (BrowserGone gone) {
            // the page was closed or left
        } catch (IOException | RuntimeException failure) {
            if (!stream.closed) {
                log.info("Relayed stream {} ended: {}", request.uri().getPath(), failure.toString());
                stream.emitter.complete();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stream.emitter.complete();
        } finally {
            stream.close();
            open.remove(stream);
        }
    }

    /** One relayed stream: the browser's emitter and the upstream body being read. */
    private static final class Open {
        final SseEmitter emitter;
        volatile InputStream upstream;
        volatile boolean closed;

        Open(SseEmitter emitter) {
            this.emitter = emitter;
        }

        void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                closed = true;
                throw new BrowserGone();
            }
        }

        void close() {
            closed = true;
            InputStream body = upstream;
            if (body != null) {
                try {
                    body.close();
                } catch (IOException ignored) {
                    // closing a stream that already failed
                }
            }
        }
    }

    private static final class BrowserGone extends RuntimeException {
        BrowserGone() {
            super(null, null, false, false);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open relay before the web server's graceful shutdown (which would wait for them). */
    @Override
    public void stop() {
        running = false;
        open.forEach(stream -> {
            stream.close();
            stream.emitter.complete();
        });
        readers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE; // above the web server's graceful shutdown phase, so stopped first
    }
}
