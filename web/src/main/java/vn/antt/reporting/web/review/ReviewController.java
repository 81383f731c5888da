package vn.antt.reporting.web.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ReviewCaseInfo;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.api.SubmissionInfo;
import vn.antt.reporting.web.api.VersionChanges;
import vn.antt.reporting.web.format.Formats;
import vn.antt.reporting.web.signin.CurrentUser;
import vn.antt.reporting.web.view.ReportReading;

/**
 * A reviewer's worklist for a plan (what awaits my level, filterable by district and state, bulk acceptance) and
 * each case's page (the report with its changes since the previous version; accept; return with a reason and notes).
 */
@Controller
record ReviewController(PlatformApi api, PlanOutlines plans, AccessPolicy access, Formats fmt) {

    static final String MINE = "MINE";

    @GetMapping("/review/{planId}")
    String worklist(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String district,
                    @RequestParam(defaultValue = MINE) String state, Model model) {
        access.require(access.mayReview(me), "worklist without the reviewer role");
        PlanInfo plan = plans.plan(planId);
        List<ReviewCaseInfo> cases = api.list("/api/review-cases/{planId}", ReviewCaseInfo[].class, planId);
        Map<String, String> districts = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ReviewCaseInfo c : cases) {
            String below = childOnPath(me.unitCode(), c);
            if (below != null && !below.equals(c.unit().code())) {
                districts.putIfAbsent(below, plans.unitName(below));
            }
            boolean mine = access.mayActOnCase(me, c.levelUnitCodes(), c.currentLevel(), c.awaitsReviewer());
            boolean stateMatches = MINE.equals(state) ? mine : state.isEmpty() || state.equals(c.state());
            boolean districtMatches = district.isEmpty() || (c.unit().ancestry() != null && c.unit().ancestry().contains(district));
            if (stateMatches && districtMatches) {
                rows.add(new Row(c, mine, stateName(c.state()), fmt.passed(c.dueAt()) && c.awaitsReviewer()));
            }
        }
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("districts", districts);
        model.addAttribute("district", district);
        model.addAttribute("state", state);
        model.addAttribute("states", states());
        model.addAttribute("anyMine", rows.stream().anyMatch(Row::mine));
        return "review/worklist";
    }

    /** The unit just below mine on the path to the case's unit (a district for a province reviewer). */
    private static String childOnPath(String myUnit, ReviewCaseInfo c) {
        List<String> path = new ArrayList<>(c.unit().ancestry() == null ? List.of() : c.unit().ancestry());
        path.add(c.unit().code());
        int at = path.indexOf(myUnit);
        return at >= 0 && at + 1 < path.size() ? path.get(at + 1) : null;
    }

    private static Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put(MINE, "Chờ cấp tôi xử lý");
        states.put("", "Tất cả");
        states.put("SUBMITTED", "Mới gửi, chờ cấp đầu");
        states.put("ACCEPTED", "Đã chấp nhận ở cấp dưới");
        states.put("RETURNED", "Đã trả lại");
        states.put("FINAL", "Hoàn tất");
        states.put("AWAITING_SUBMISSION", "Chưa gửi");
        return states;
    }

    static String stateName(String state) {
        return switch (state == null ? "" : state) {
            case "SUBMITTED" -> "Mới gửi";
            case "ACCEPTED" -> "Đã chấp nhận ở cấp dưới";
            case "RETURNED" -> "Đã trả lại";
            case "FINAL" -> "Hoàn tất";
            case "AWAITING_SUBMISSION" -> "Chưa gửi";
            default -> state;
        };
    }

    /**
     * One case in the worklist.
     *
     * @param mine    whether it waits for my level (then it can be selected and acted on)
     * @param overdue whether its review deadline has passed
     */
    record Row(ReviewCaseInfo reviewCase, boolean mine, String stateName, boolean overdue) {
    }

    @GetMapping("/review/{planId}/{unitCode}")
    String reviewCase(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, Model model) {
        access.require(access.mayReview(me), "review case without the reviewer role");
        ReviewCaseInfo reviewCase = api.get("/api/review-cases/{planId}/{unitCode}", ReviewCaseInfo.class, planId, unitCode);
        render(me, planId, reviewCase, model, "", List.of());
        return "review/case";
    }

    private void render(CurrentUser me, String planId, ReviewCaseInfo reviewCase, Model model, String reason, List<String> reasonErrors) {
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        SubmissionInfo version = reviewCase.submissionId() == null ? null
                : api.get("/api/submissions/{id}", SubmissionInfo.class, reviewCase.submissionId());
        VersionChanges changes = version != null && version.version() > 1
                ? api.get("/api/submissions/{id}/changes", VersionChanges.class, version.id()) : null;
        model.addAttribute("plan", plan);
        model.addAttribute("reviewCase", reviewCase);
        model.addAttribute("stateName", stateName(reviewCase.state()));
        model.addAttribute("version", version);
        model.addAttribute("reading", version == null ? null : ReportReading.of(outline, version, changes, null, fmt));
        model.addAttribute("changes", changes);
        model.addAttribute("mayAct", access.mayActOnCase(me, reviewCase.levelUnitCodes(), reviewCase.currentLevel(),
                reviewCase.awaitsReviewer()));
        model.addAttribute("levels", reviewCase.levels().stream().map(l -> "Cấp " + l.level() + ": " + plans.unitName(l.unitCode())).toList());
        model.addAttribute("reason", reason);
        model.addAttribute("reasonErrors", reasonErrors);
    }

    @PostMapping("/review/{planId}/{unitCode}/acceptance")
    String accept(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @RequestParam int version,
                  RedirectAttributes redirect) {
        access.require(access.mayReview(me), "acceptance without the reviewer role");
        try {
            api.post("/api/review-cases/{planId}/{unitCode}/acceptance", Map.of("version", version), Map.of(), planId, unitCode);
            redirect.addFlashAttribute("notice", "Đã chấp nhận báo cáo của " + plans.unitName(unitCode) + " (phiên bản " + version + ").");
        } catch (ServiceProblem problem) {
            refusedAction(problem, redirect);
            return "redirect:/review/" + planId + "/" + unitCode;
        }
        return "redirect:/review/" + planId;
    }

    @PostMapping("/review/{planId}/{unitCode}/return")
    String giveBack(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @RequestParam int version,
                    @RequestParam(defaultValue = "") String reason, HttpServletRequest request, HttpServletResponse response,
                    Model model, RedirectAttributes redirect) {
        access.require(access.mayReview(me), "return without the reviewer role");
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        List<Map<String, String>> notes = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length == 0 || values[0].isBlank()) {
                return;
            }
            if (name.startsWith("note.section.")) {
                Map<String, String> note = new LinkedHashMap<>();
                note.put("sectionNumber", name.substring("note.section.".length()));
                note.put("note", values[0].strip());
                notes.add(note);
            } else if (name.startsWith("note.figure.")) {
                String code = name.substring("note.figure.".length());
                Indicator indicator = outline.indicator(code);
                Map<String, String> note = new LinkedHashMap<>();
                if (indicator != null) {
                    note.put("sectionNumber", indicator.sectionNumber());
                }
                note.put("indicator", code);
                note.put("note", values[0].strip());
                notes.add(note);
            }
        });
        if (reason.isBlank()) {
            response.setStatus(422);
            ReviewCaseInfo reviewCase = api.get("/api/review-cases/{planId}/{unitCode}", ReviewCaseInfo.class, planId, unitCode);
            render(me, planId, reviewCase, model, reason, List.of("Cần nêu lý do trả lại báo cáo."));
            return "review/case";
        }
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", version);
            body.put("reason", reason.strip());
            body.put("notes", notes);
            api.post("/api/review-cases/{planId}/{unitCode}/return", body, Map.of(), planId, unitCode);
            redirect.addFlashAttribute("notice", "Đã trả lại báo cáo của " + plans.unitName(unitCode) + " để sửa.");
        } catch (ServiceProblem problem) {
            if (problem.status() == 400 && !problem.errors().isEmpty()) {
                response.setStatus(400);
                ReviewCaseInfo reviewCase = api.get("/api/review-cases/{planId}/{unitCode}", ReviewCaseInfo.class, planId, unitCode);
                render(me, planId, reviewCase, model, reason, problem.errors().stream().map(e -> e.message()).toList());
                return "review/case";
            }
            refusedAction(problem, redirect);
            return "redirect:/review/" + planId + "/" + unitCode;
        }
        return "redirect:/review/" + planId;
    }

    @PostMapping("/review/{planId}/acceptances")
    String acceptSelected(CurrentUser me, @PathVariable String planId, @RequestParam(name = "unitCodes", required = false)
                          List<String> unitCodes, RedirectAttributes redirect) {
        access.require(access.mayReview(me), "bulk acceptance without the reviewer role");
        if (unitCodes == null || unitCodes.isEmpty()) {
            redirect.addFlashAttribute("problem", "Chưa chọn báo cáo nào để chấp nhận.");
            return "redirect:/review/" + planId;
        }
        JsonNode outcomes = api.post("/api/review-cases/{planId}/acceptances", Map.of("unitCodes", unitCodes), Map.of(), planId);
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        outcomes.valueStream().forEach(outcome -> {
            String name = plans.unitName(outcome.path("unitCode").asString());
            if (outcome.path("accepted").asBoolean()) {
                accepted.add(name);
            } else {
                refused.add(name + " (" + outcome.path("rule").asString() + ")");
            }
        });
        redirect.addFlashAttribute("notice", "Đã chấp nhận " + accepted.size() + " báo cáo" + (accepted.isEmpty() ? "." : ": "
                + String.join(", ", accepted) + "."));
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("problem", "Không chấp nhận được: " + String.join(", ", refused) + ".");
        }
        return "redirect:/review/" + planId;
    }

    /** 403/404/5xx become pages; a refusal of the action itself (409: someone acted first, version changed) a message. */
    private static void refusedAction(ServiceProblem problem, RedirectAttributes redirect) {
        if (problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
            throw problem;
        }
        redirect.addFlashAttribute("problem", "Không thực hiện được: " + (problem.title().isBlank() ? problem.rule() : problem.title())
                + ". Trang đã được tải lại với tình trạng mới nhất.");
    }
}
