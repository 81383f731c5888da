package vn.antt.reporting.notification.inbox;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No such message in the caller's inbox (another user's messages are not visible). */
public class InboxMessageNotFoundException extends ProblemException {

    public InboxMessageNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, "inbox-message-not-found", "Không tìm thấy thông báo",
                "No message " + id + " in the caller's inbox");
        with("field", "id");
    }
}
