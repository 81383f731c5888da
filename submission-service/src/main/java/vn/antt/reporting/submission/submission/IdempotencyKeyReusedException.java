package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The same Idempotency-Key came with a different request: the client has a bug, nothing is stored. */
class IdempotencyKeyReusedException extends ProblemException {

    IdempotencyKeyReusedException(String key) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Khóa Idempotency-Key đã dùng cho yêu cầu khác",
                "Idempotency-Key '" + key + "' was already used for a different request");
        with("field", "Idempotency-Key");
    }
}
