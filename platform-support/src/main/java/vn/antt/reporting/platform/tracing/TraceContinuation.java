package vn.antt.reporting.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across work that is stored now and done later (an outbox entry relayed by a
 * scheduler): {@link #capture()} keeps the W3C headers of the current span with the stored work, and
 * {@link #resume} runs the later step in a child span of it, so the Kafka record it sends carries the
 * trace id of the HTTP request that caused it.
 */
public class TraceContinuation {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public TraceContinuation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The propagation headers ({@code traceparent}, …) of the current span; empty when there is none. */
    public Map<String, String> capture() {
        Tracer current = tracer.getIfAvailable();
        Propagator headers = propagator.getIfAvailable();
        TraceContext context = current == null ? null : current.currentTraceContext().context();
        Map<String, String> carrier = new HashMap<>();
        if (context != null && headers != null) {
            headers.inject(context, carrier, Map::put);
        }
        return carrier;
    }

    /** Runs {@code work} in a span named {@code name}, the child of the captured headers (a new trace without them). */
    public <T> T resume(Map<String, String> captured, String name, Supplier<T> work) {
        Tracer current = tracer.getIfAvailable();
        Propagator headers = propagator.getIfAvailable();
        if (current == null || headers == null) {
            return work.get();
        }
        Span span = captured == null || captured.isEmpty() ? current.nextSpan().name(name).start()
                : headers.extract(captured, Map::get).name(name).start();
        try (Tracer.SpanInScope scope = current.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
