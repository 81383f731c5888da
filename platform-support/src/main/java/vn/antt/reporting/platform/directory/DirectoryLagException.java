package vn.antt.reporting.platform.directory;

/**
 * An event names a plan or a unit this service has not learned yet (its topic is behind): the binder retries
 * it, and after the retries it goes to the dead-letter topic with this message.
 */
public class DirectoryLagException extends RuntimeException {

    public DirectoryLagException(String message) {
        super(message);
    }
}
