package vn.antt.reporting.notification.inbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.antt.reporting.notification.delivery.ChannelSender;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.recipient.Channel;

/** Writes the message into the user's inbox under the delivery's id: exactly once, even when sent again. */
@Component
record InboxSender(MongoTemplate mongo, ApplicationEventPublisher events) implements ChannelSender {

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public void send(Delivery delivery) {
        InboxMessage message = new InboxMessage(delivery.id(), delivery.recipient(), delivery.unitCode(), delivery.eventType(),
                delivery.subject(), delivery.body(), delivery.link(), delivery.createdAt(), null);
        try {
            mongo.insert(message);
            events.publishEvent(new InboxMessageStored(message));
        } catch (DuplicateKeyException storedBefore) {
            // A retry after a crash between the write and the delivery's update: the message is there already.
        }
    }
}
