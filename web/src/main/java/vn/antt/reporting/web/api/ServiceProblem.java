package vn.antt.reporting.web.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A service answered with an error: its RFC 9457 problem details, read into what the pages show (the Vietnamese
 * title, the rule, each named field), never shown as JSON.
 *
 * @param service the service the path belongs to (from the gateway's 503 answer when it names one)
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String rule;
    private final String title;
    private final String service;
    private final transient JsonNode body;
    private final List<FieldMessage> errors;

    public ServiceProblem(int status, String rule, String title, String detail, String service, JsonNode body,
                          List<FieldMessage> errors) {
        super(status + " " + rule + ": " + detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
        this.service = service;
        this.body = body;
        this.errors = List.copyOf(errors);
    }

    static ServiceProblem read(int status, String path, JsonNode body) {
        List<FieldMessage> errors = new ArrayList<>();
        if (body != null) {
            body.path("errors").valueStream().forEach(error -> errors.add(new FieldMessage(
                    error.path("field").asString(""), error.path("message").asString(""))));
        }
        String rule = body == null ? "" : body.path("rule").asString("");
        String title = body == null ? "" : body.path("title").asString("");
        String detail = body == null ? "" : body.path("detail").asString("");
        String service = body == null || body.path("service").isMissingNode() ? ServiceNames.of(path) : body.path("service").asString();
        return new ServiceProblem(status, rule, title, detail, service, body, errors);
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    /** The service's own Vietnamese title, e.g. "Báo cáo không hợp lệ". */
    public String title() {
        return title;
    }

    public String service() {
        return service;
    }

    /** The whole answer, for problems that carry more than field errors (a bulk sheet's cells). */
    public JsonNode body() {
        return body;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public boolean is(int expectedStatus, String expectedRule) {
        return status == expectedStatus && expectedRule.equals(rule);
    }
}
