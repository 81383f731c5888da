package vn.antt.reporting.platform.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a problem-details body outside Spring MVC (security filters). */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String rule, String title,
                             String detail, String instance) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode()
                .put("type", ProblemException.TYPE_BASE + rule)
                .put("title", title)
                .put("status", status.value())
                .put("detail", detail)
                .put("instance", instance)
                .put("rule", rule);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
