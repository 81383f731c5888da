package vn.antt.reporting.web.unitimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * An import job of planning-service as the page shows it: its progress, then its report or the refused records.
 * Numbers and dates are written the Vietnamese way here, so that the template only places them.
 */
record ImportJobPage(String id, String state, String stateLabel, String fileName, int percent, String records, String writes,
                     String written, boolean finished, boolean done, Report report, Refusal refusal) {

    record Report(String created, String changed, String closed, String unchanged, String validFrom, boolean changedNothing,
                  List<Table> tables) {
    }

    /** One table of the report, shown only when it has rows. */
    record Table(String id, String title, List<UnitRow> rows) {
    }

    record UnitRow(String code, String name, String type, String parentCode, String validFrom, String validTo) {
    }

    /** @param access true when the import was refused for the caller's unit and role rather than for the file */
    record Refusal(String title, boolean access, List<ErrorRow> errors) {
    }

    record ErrorRow(String record, String path, String field, String message) {
    }

    static ImportJobPage of(JsonNode job) {
        String state = job.path("state").asString("");
        boolean done = "DONE".equals(state);
        boolean failed = "FAILED".equals(state);
        Report report = null;
        if (done && job.path("report").isObject()) {
            JsonNode r = job.path("report");
            report = new Report(number(r.path("created").asInt()), number(r.path("changed").asInt()),
                    number(r.path("closed").asInt()), number(r.path("unchanged").asInt()), date(r.path("validFrom")),
                    r.path("created").asInt() == 0 && r.path("changed").asInt() == 0 && r.path("closed").asInt() == 0,
                    List.of(new Table("units-created", "Đơn vị mới", rows(job.path("created"))),
                            new Table("units-changed", "Đơn vị thay đổi", rows(job.path("changed"))),
                            new Table("units-closed", "Đơn vị hết hiệu lực", rows(job.path("closed")))));
        }
        Refusal refusal = null;
        if (failed) {
            JsonNode problem = job.path("problem");
            List<ErrorRow> errors = new ArrayList<>();
            problem.path("errors").valueStream().forEach(e -> {
                ImportErrorMessages.Wording wording = ImportErrorMessages.of(e.path("rule").asString(""));
                errors.add(new ErrorRow(e.path("record").asString(""), e.path("path").asString(""), wording.field(),
                        wording.message()));
            });
            String title = problem.path("title").asString("");
            refusal = new Refusal(title.isBlank() ? "Nhập danh mục đơn vị không hoàn thành" : title,
                    problem.path("status").asInt() == 403, errors);
        }
        return new ImportJobPage(job.path("id").asString(), state, job.path("stateLabel").asString(""),
                job.path("fileName").asString(""), job.path("percent").asInt(), number(job.path("records").asInt()),
                number(job.path("writes").asInt()), number(job.path("written").asInt()), done || failed, done, report, refusal);
    }

    private static List<UnitRow> rows(JsonNode units) {
        List<UnitRow> rows = new ArrayList<>();
        units.valueStream().forEach(u -> rows.add(new UnitRow(u.path("code").asString(""), u.path("name").asString(""),
                u.path("type").asString(""), u.path("parentCode").asString(""), date(u.path("validFrom")), date(u.path("validTo")))));
        return rows;
    }

    private static String number(int value) {
        return VietnameseFormat.number(BigDecimal.valueOf(value));
    }

    private static String date(JsonNode value) {
        return value.isString() ? VietnameseFormat.date(LocalDate.parse(value.asString())) : "";
    }
}
