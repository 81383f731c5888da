package vn.antt.reporting.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An endpoint a unit registered to receive the events that concern it, signed with {@code secret}.
 */
@Document(Webhook.COLLECTION)
public record Webhook(@Id String id, @Indexed String unitCode, String url, String secret, String createdBy, Instant createdAt) {

    public static final String COLLECTION = "webhooks";
}
