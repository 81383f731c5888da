package vn.antt.reporting.notification.webhook;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A webhook must be an http(s) URL that does not point to a link-local or cloud metadata address. */
public class WebhookUrlNotAllowedException extends ProblemException {

    public WebhookUrlNotAllowedException(String url, String why) {
        super(HttpStatus.BAD_REQUEST, "webhook-url-not-allowed", "Địa chỉ webhook không được chấp nhận",
                "Webhook URL '" + url + "' is refused: " + why);
        with("field", "url");
    }
}
