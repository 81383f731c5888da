package vn.antt.reporting.notification.inbox;

/** In-process notice that a message reached a user's inbox, for the user's open streams. */
public record InboxMessageStored(InboxMessage message) {
}
