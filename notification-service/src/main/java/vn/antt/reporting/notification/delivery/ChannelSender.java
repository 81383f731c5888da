package vn.antt.reporting.notification.delivery;

import vn.antt.reporting.notification.recipient.Channel;

/** Sends one delivery on one channel; throws when it did not go through. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws Exception;
}
