package vn.antt.reporting.notification.recipient;

/** How a message reaches its recipient. */
public enum Channel {
    /** E-mail over SMTP. */
    EMAIL,
    /** The in-app inbox (REST and SSE); every user has it. */
    INBOX,
    /** An HTTPS endpoint a unit registered, signed with HMAC-SHA256. */
    WEBHOOK
}
