package vn.antt.reporting.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Resolves the token issuer before the service says it is ready. With {@code issuer-uri}, Boot's decoder asks the
 * issuer for its configuration and key set at the first request that carries a token, loads the JOSE library then,
 * and every request arriving meanwhile waits for it: on a freshly started review-service in the 5-province benchmark,
 * the first four acceptance clicks waited together behind that first resolution (thread dumps: one request thread
 * in {@code SupplierJwtDecoder} fetching the key set, three parked on its lock) and were answered after 6–12 s, past
 * the gateway's 10 s on a busy machine.
 *
 * <p>As an {@link ApplicationRunner} it runs before readiness is reported (Spring Boot publishes
 * {@code ACCEPTING_TRAFFIC} after the runners): it sends one made-up token through the decoder, so the issuer's
 * configuration and keys are fetched and cached and the RS256 verification is loaded, and the token is refused (its
 * signature is random bytes, it verifies with no key). When the issuer does not answer within {@code timeout} the
 * service starts all the same and the decoder resolves the issuer at first use, as before.
 */
public final class IssuerWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IssuerWarmUp.class);

    /** How a warm-up ended. */
    public enum Outcome {
        /** The issuer's keys are at hand: the probe reached signature verification and was refused. */
        KEYS_RESOLVED,
        /** The issuer could not be resolved (not running yet, unreachable, no such issuer). */
        ISSUER_NOT_RESOLVED,
        /** No answer within the time given. */
        TIMED_OUT
    }

    private final JwtDecoder decoder;
    private final Duration timeout;

    public IssuerWarmUp(JwtDecoder decoder, Duration timeout) {
        this.decoder = decoder;
        this.timeout = timeout;
    }

    @Override
    public void run(ApplicationArguments args) {
        warmUp();
    }

    public Outcome warmUp() {
        long start = System.nanoTime();
        CompletableFuture<Outcome> attempt = new CompletableFuture<>();
        Thread thread = new Thread(() -> attempt.complete(probe()), "issuer-warm-up");
        thread.setDaemon(true);
        thread.start();
        Outcome outcome;
        try {
            outcome = attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome = Outcome.TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.TIMED_OUT;
        } catch (ExecutionException e) {
            outcome = Outcome.ISSUER_NOT_RESOLVED;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (outcome == Outcome.KEYS_RESOLVED) {
            log.info("Token issuer and its keys resolved before readiness in {} ms", millis);
        } else {
            log.warn("Token issuer not resolved at start-up ({} after {} ms): the first request with a token resolves it", outcome, millis);
        }
        return outcome;
    }

    private Outcome probe() {
        try {
            decoder.decode(probeToken());
            // Cannot verify (random signature); a decoder that takes it is not one to warm up.
            return Outcome.KEYS_RESOLVED;
        } catch (BadJwtException expected) {
            // Parsed, keys selected and the signature checked against them: refused, as it must be.
            return Outcome.KEYS_RESOLVED;
        } catch (RuntimeException e) {
            // JwtDecoderInitializationException (no issuer configuration), JwtException (no key set), …
            log.debug("Issuer not resolved", e);
            return Outcome.ISSUER_NOT_RESOLVED;
        }
    }

    /** An RS256 JWS whose signature is 256 random bytes: well formed, verifiable by no key. */
    static String probeToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = System.currentTimeMillis() / 1000 + 60;
        String claims = base64.encodeToString(("{\"sub\":\"issuer-warm-up\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
        byte[] signature = new byte[256];
        new SecureRandom().nextBytes(signature);
        signature[0] = 0; // below any 2048-bit modulus: the RSA check runs and fails
        return header + "." + claims + "." + base64.encodeToString(signature);
    }
}
