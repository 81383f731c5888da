package vn.antt.reporting.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.antt.reporting.notification.recipient.Contact;

/**
 * How notifications are written and delivered.
 *
 * @param linkBase          where the links in messages point: the gateway, which serves the web application at {@code /}
 *                          and the APIs at {@code /api}
 * @param mailFrom          the sender of e-mails
 * @param dispatchInterval  how often due deliveries are sent
 * @param firstRetry        wait before the second delivery attempt; doubled each time up to {@code maxRetry}
 * @param giveUpAfter       a delivery still failing this long after it was planned is marked failed
 * @param lease             how long an instance owns a delivery it is sending
 * @param digestTime        when (Vietnam time) the daily digests of the previous day go out
 * @param digestCheckInterval how often held e-mails are looked at for digests that are due
 * @param heartbeatInterval how often an open inbox stream gets a comment, so that proxies keep it open
 * @param contacts          directory contacts: users known before they sign in (the demo profile lists the demo users)
 */
@ConfigurationProperties("reporting.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI linkBase,
        @DefaultValue("He thong bao cao ANTT <khong-tra-loi@baocao.antt.local>") String mailFrom,
        @DefaultValue("500ms") Duration dispatchInterval,
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("P3D") Duration giveUpAfter,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("07:00") LocalTime digestTime,
        @DefaultValue("1m") Duration digestCheckInterval,
        @DefaultValue("15s") Duration heartbeatInterval,
        List<Contact> contacts) {

    public NotificationProperties {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
