package vn.antt.reporting.review.compilation;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.antt.reporting.platform.problem.ProblemException;

/**
 * submission-service refused the draft (a stale revision, a closed plan, a value of the wrong shape…): its problem is
 * answered as it is, rule and fields included, so the clerk reads the rule that refused it.
 */
public class DraftRefusedException extends ProblemException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DraftRefusedException(HttpStatus status, String rule, String title, String detail) {
        super(status, rule, title, detail);
    }

    static DraftRefusedException of(HttpClientErrorException refused) {
        JsonNode problem;
        try {
            problem = JSON.readTree(refused.getResponseBodyAsString());
        } catch (RuntimeException unreadable) {
            problem = JSON.createObjectNode();
        }
        HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
        DraftRefusedException e = new DraftRefusedException(status == null ? HttpStatus.BAD_REQUEST : status,
                problem.path("rule").asString("draft-refused"), problem.path("title").asString("submission-service từ chối bản nháp"),
                "submission-service refused the draft: " + problem.path("detail").asString(refused.getStatusText()));
        if (problem.has("errors")) {
            e.with("errors", problem.get("errors"));
        }
        e.with("service", SubmissionDrafts.SERVICE);
        return e;
    }
}
