package vn.antt.reporting.web.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.format.Formats;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * My level's compiled report: the sub-units' accepted figures summed (and their narratives per section where
 * review-service gives them), turned into my unit's own draft, which is then completed and submitted upward through
 * the same report form as any report.
 */
@Controller
record CompilationController(PlatformApi api, PlanOutlines plans, AccessPolicy access, Formats fmt, JsonMapper json) {

    @GetMapping("/compilation/{planId}")
    String compilation(CurrentUser me, @PathVariable String planId, Model model) {
        access.require(access.mayReadCompilation(me), "compilation without a clerk's or reviewer's role");
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        JsonNode compiled = api.get("/api/compilations/{planId}/{unitCode}", JsonNode.class, planId, me.unitCode());
        List<Row> figures = new ArrayList<>();
        for (FigureValue figure : figures(compiled)) {
            Indicator indicator = outline.indicator(figure.indicator());
            figures.add(new Row(indicator == null ? figure.indicator() : indicator.label(), fmt.figure(figure, indicator)));
        }
        List<Narrative> narratives = new ArrayList<>();
        compiled.path("sections").valueStream().forEach(section -> {
            String number = section.path("number").asString(section.path("sectionNumber").asString(""));
            var titled = outline.section(number);
            List<Contribution> contributions = new ArrayList<>();
            section.path("contributions").valueStream().forEach(c -> contributions.add(new Contribution(
                    c.path("unitName").asString(c.path("name").asString(plans.unitName(c.path("unitCode").asString("")))),
                    c.path("text").asString(""))));
            if (!contributions.isEmpty()) {
                narratives.add(new Narrative(number, titled == null ? "" : titled.title(), contributions));
            }
        });
        List<String> included = new ArrayList<>();
        compiled.path("included").valueStream().forEach(u -> included.add(u.path("name").asString(u.path("unitCode").asString())
                + " (phiên bản " + u.path("version").asInt() + ")"));
        List<String> missing = new ArrayList<>();
        compiled.path("missing").valueStream().forEach(u -> missing.add(u.path("name").asString(u.path("unitCode").asString())));
        model.addAttribute("plan", plan);
        model.addAttribute("figures", figures);
        model.addAttribute("narratives", narratives);
        model.addAttribute("included", included);
        model.addAttribute("missing", missing);
        model.addAttribute("mayDraft", access.mayWriteReport(me, me.unitCode()));
        return "compilation/index";
    }

    private List<FigureValue> figures(JsonNode compiled) {
        List<FigureValue> figures = new ArrayList<>();
        compiled.path("figures").valueStream().forEach(f -> figures.add(json.treeToValue(f, FigureValue.class)));
        return figures;
    }

    /**
     * Puts the compilation into my unit's draft in one call to review-service, which owns what a compilation is (the
     * summed figures, each section started with the sub-units' texts; the draft's document and own text kept), then
     * opens the report form to finish it.
     */
    @PostMapping("/compilation/{planId}/draft")
    String intoDraft(CurrentUser me, @PathVariable String planId, RedirectAttributes redirect) {
        access.require(access.mayWriteReport(me, me.unitCode()), "draft of the level without the clerk's role");
        api.post("/api/compilations/{planId}/{unitCode}/draft", null, Map.of(), planId, me.unitCode());
        redirect.addFlashAttribute("notice", "Đã đưa số liệu tổng hợp vào bản nháp của đơn vị. Hãy hoàn thiện nội dung và gửi lên cấp trên.");
        return "redirect:/reports/" + planId + "/" + me.unitCode();
    }

    @GetMapping("/compilation/{planId}/document")
    void document(CurrentUser me, @PathVariable String planId, HttpServletResponse response) {
        access.require(access.mayReadCompilation(me), "compilation without a clerk's or reviewer's role");
        api.download("/api/compilations/{planId}/{unitCode}/document", response, planId, me.unitCode());
    }

    record Row(String label, String value) {
    }

    record Narrative(String number, String title, List<Contribution> contributions) {
    }

    record Contribution(String unit, String text) {
    }
}
