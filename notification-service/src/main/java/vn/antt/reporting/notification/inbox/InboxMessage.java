package vn.antt.reporting.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A message in a user's in-app inbox; its id is the delivery's, so it is stored once whatever the retries. */
@Document(InboxMessage.COLLECTION)
public record InboxMessage(@Id String id, @Indexed String userId, String unitCode, String eventType, String subject, String body,
                           String link, Instant createdAt, Instant readAt) {

    public static final String COLLECTION = "inbox";
}
