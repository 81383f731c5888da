package vn.antt.reporting.notification.delivery;

/** The channel refused the message for good (a 4xx answer, an address no longer allowed): retrying cannot help. */
public class PermanentDeliveryException extends RuntimeException {

    public PermanentDeliveryException(String message) {
        super(message);
    }
}
