package vn.antt.reporting.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.notification.recipient.Channel;

/** E-mail over SMTP, plain text in UTF-8; the Message-ID is derived from the delivery, the same on every attempt. */
@Component
record EmailSender(JavaMailSender mail, NotificationProperties properties) implements ChannelSender {

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        String messageId = "<" + UUID.nameUUIDFromBytes(delivery.id().getBytes(StandardCharsets.UTF_8)) + "@baocao.antt.local>";
        MimeMessage message = mail instanceof JavaMailSenderImpl impl ? new FixedIdMimeMessage(impl, messageId) : mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        InternetAddress from = new InternetAddress(properties.mailFrom());
        from.setPersonal(from.getPersonal(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(delivery.address());
        helper.setSubject(delivery.subject());
        helper.setText(delivery.body(), false);
        message.setHeader("X-Antt-Delivery", delivery.id());
        // Mail rules (and the fault scenario) sort notices by what happened without parsing the Vietnamese subject.
        message.setHeader("X-Antt-Event-Type", delivery.eventType());
        mail.send(message);
    }

    /** Keeps the Message-ID it was given instead of a new one per attempt. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(JavaMailSenderImpl sender, String messageId) {
            super(sender.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
