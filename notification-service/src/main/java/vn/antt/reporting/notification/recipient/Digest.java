package vn.antt.reporting.notification.recipient;

/** When a user's e-mails go out. */
public enum Digest {
    /** Each message as it comes. */
    IMMEDIATE,
    /** One e-mail a day listing the day's messages (the inbox still gets each at once). */
    DAILY
}
