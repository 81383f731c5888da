package vn.antt.reporting.review.compilation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.submission.FigureValue;

/**
 * The level's draft in submission-service ({@code GET}/{@code PUT /api/drafts/{planId}/{unitCode}}), called with the
 * caller's own token (relayed, so submission-service checks the clerk itself). Every call runs in the circuit breaker
 * and the time limiter named {@value #SERVICE}; when it fails, times out or the circuit is open, the answer is
 * {@link SubmissionServiceUnavailableException} (503). A refusal of submission-service (4xx) is not a failure of the
 * service: it does not count in the breaker and is answered as submission-service gave it.
 */
@Component
class SubmissionDrafts {

    static final String SERVICE = "submission-service";

    private final RestClient client;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final ExecutorService calls;

    SubmissionDrafts(CompilationProperties properties, CircuitBreakerRegistry breakers, TimeLimiterRegistry limiters) {
        this.client = RestClient.builder().baseUrl(properties.submissionServiceUrl().toString()).build();
        this.breaker = breakers.circuitBreaker(SERVICE);
        this.limiter = limiters.timeLimiter(SERVICE);
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "submission-drafts-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The unit's current draft, or null when it has none. */
    JsonNode current(String planId, String unitCode, String token) {
        return guarded(planId, unitCode, () -> {
            try {
                return client.get().uri("/api/drafts/{planId}/{unitCode}", planId, unitCode)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON)
                        .retrieve().body(JsonNode.class).path("draft");
            } catch (HttpClientErrorException.NotFound none) {
                return null;
            }
        });
    }

    /** Saves the whole draft, based on {@code baseRevision}; the draft as submission-service stored it. */
    JsonNode save(String planId, String unitCode, String token, DraftBody body) {
        return guarded(planId, unitCode, () -> client.put().uri("/api/drafts/{planId}/{unitCode}", planId, unitCode)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(JsonNode.class));
    }

    private <T> T guarded(String planId, String unitCode, Supplier<T> call) {
        try {
            return breaker.executeCallable(() -> limiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(call, calls)));
        } catch (HttpClientErrorException refused) {
            throw DraftRefusedException.of(refused);
        } catch (Exception failed) {
            throw new SubmissionServiceUnavailableException(planId, unitCode, failed);
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    /** What {@code PUT /api/drafts/{planId}/{unitCode}} takes (submission-service's DraftRequest). */
    record DraftBody(long baseRevision, JsonNode document, List<SectionBody> sections, List<FigureValue> figures) {
    }

    record SectionBody(String number, String text) {
    }
}
