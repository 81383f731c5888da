package vn.antt.reporting.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.notification.recipient.Channel;

/**
 * One message for one recipient on one channel, with its delivery log. The id is {@code eventId:recipient:channel} (safe in a URL path):
 * planning the same event again (a redelivery, a restart, a second instance) inserts nothing, so a message is
 * sent at most once per recipient and channel; the dispatcher's lease keeps two instances from sending it at once.
 *
 * @param recipient the user id, or the webhook id
 * @param address   the e-mail address or the webhook URL
 * @param payload   for a webhook, the CloudEvent as received
 * @param digestDay for an e-mail held for a daily digest, the day (Vietnam time) it belongs to
 */
@Document(Delivery.COLLECTION)
public record Delivery(
        @Id String id,
        String eventId,
        String eventType,
        Channel channel,
        String recipient,
        String unitCode,
        String address,
        String language,
        String subject,
        String body,
        String link,
        String payload,
        @Indexed DeliveryState state,
        int attempts,
        List<Attempt> log,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant leaseUntil,
        Instant sentAt,
        LocalDate digestDay) {

    public static final String COLLECTION = "deliveries";

    public Delivery {
        log = log == null ? List.of() : List.copyOf(log);
    }

    public static String idOf(String eventId, String recipient, Channel channel) {
        return eventId + ":" + recipient + ":" + channel;
    }
}
