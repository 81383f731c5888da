package vn.antt.reporting.web.api;

import java.time.Instant;

/** A message of my inbox, as notification-service answers it ({@code GET /api/inbox}). */
public record InboxMessageInfo(String id, String eventType, String subject, String body, String link, Instant createdAt,
                               Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
