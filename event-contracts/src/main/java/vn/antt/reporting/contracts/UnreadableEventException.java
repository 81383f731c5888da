package vn.antt.reporting.contracts;

/** An event that no consumer can process, whatever the retry: it belongs on a dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
