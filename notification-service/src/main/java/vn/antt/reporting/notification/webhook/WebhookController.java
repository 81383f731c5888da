package vn.antt.reporting.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Webhook", description = "Endpoints a unit registers to receive the events that concern it, signed")
class WebhookController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Webhooks webhooks;
    private final WebhookUrlPolicy policy;
    private final Clock clock;

    WebhookController(MongoTemplate mongo, Webhooks webhooks, WebhookUrlPolicy policy, Clock clock) {
        this.mongo = mongo;
        this.webhooks = webhooks;
        this.policy = policy;
        this.clock = clock;
    }

    record Registration(@NotBlank @Size(max = 2000) String url) {
    }

    /** The secret is shown once, at registration. */
    record Registered(String id, String unitCode, String url, String secret, String signatureHeader) {
    }

    record Listed(String id, String unitCode, String url, Instant createdAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a webhook for the caller's unit (ADMIN); the answer carries the signing secret, shown once")
    Registered register(Caller caller, @Valid @RequestBody Registration registration) {
        requireAdmin(caller);
        String url = policy.check(registration.url()).toString();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Webhook webhook = new Webhook(UUID.randomUUID().toString(), caller.unitCode(), url,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), caller.userId(), clock.instant());
        webhooks.register(webhook);
        return new Registered(webhook.id(), webhook.unitCode(), url, webhook.secret(), WebhookSignature.HEADER);
    }

    @GetMapping
    @Operation(summary = "The webhooks of the caller's unit, without their secrets")
    List<Listed> list(Caller caller) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(caller.unitCode())), Webhook.class).stream()
                .map(w -> new Listed(w.id(), w.unitCode(), w.url(), w.createdAt())).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a webhook of the caller's unit (ADMIN)")
    void remove(Caller caller, @PathVariable String id) {
        requireAdmin(caller);
        webhooks.remove(id, caller.unitCode());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Only an administrator of unit " + caller.unitCode() + " manages its webhooks");
        }
    }
}
