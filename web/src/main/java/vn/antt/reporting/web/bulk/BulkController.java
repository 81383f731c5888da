package vn.antt.reporting.web.bulk;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * Bulk entry for a district's clerk: the Excel template (a row per commune), its upload, the drafts it made, or the
 * table of refused cells (row, column, message) when there is one: then nothing is written.
 */
@Controller
record BulkController(PlatformApi api, PlanOutlines plans, AccessPolicy access) {

    @GetMapping("/bulk/{planId}")
    String page(CurrentUser me, @PathVariable String planId, Model model) {
        access.require(me.isClerk(), "bulk entry without the clerk's role");
        model.addAttribute("plan", plans.plan(planId));
        return "bulk/index";
    }

    @GetMapping("/bulk/{planId}/template")
    void template(CurrentUser me, @PathVariable String planId, HttpServletResponse response) {
        access.require(me.isClerk(), "bulk entry without the clerk's role");
        api.download("/api/drafts/{planId}/sheet/template", response, planId);
    }

    @PostMapping("/bulk/{planId}")
    String upload(CurrentUser me, @PathVariable String planId, @RequestParam("sheet") MultipartFile sheet, Model model,
                  HttpServletResponse response) {
        access.require(me.isClerk(), "bulk entry without the clerk's role");
        model.addAttribute("plan", plans.plan(planId));
        if (sheet.isEmpty()) {
            model.addAttribute("sheetProblem", "Chưa chọn tệp Excel (.xlsx) để tải lên.");
            response.setStatus(400);
            return "bulk/index";
        }
        try {
            JsonNode result = api.postFile("/api/drafts/{planId}/sheet", "sheet", sheet, planId);
            List<Imported> drafts = new ArrayList<>();
            result.path("drafts").valueStream().forEach(d -> drafts.add(new Imported(d.path("row").asInt(),
                    plans.unitName(d.path("unitCode").asString()), d.path("figureCount").asInt(), d.path("created").asBoolean())));
            model.addAttribute("drafts", drafts);
        } catch (ServiceProblem problem) {
            if (problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
                throw problem;
            }
            response.setStatus(problem.status());
            List<Cell> cells = new ArrayList<>();
            if (problem.body() != null) {
                problem.body().path("errors").valueStream().forEach(e -> cells.add(new Cell(e.path("cell").asString(""),
                        e.path("row").asInt(), e.path("column").asString(""), e.path("message").asString(""))));
            }
            model.addAttribute("cells", cells);
            model.addAttribute("sheetProblem", (problem.title().isBlank() ? "Tệp không được nhận" : problem.title())
                    + ". Không có bản nháp nào được ghi; hãy sửa các ô dưới đây rồi tải lên lại.");
        }
        return "bulk/index";
    }

    record Imported(int row, String unit, int figureCount, boolean created) {
    }

    record Cell(String cell, int row, String column, String message) {
    }
}
