package vn.antt.reporting.web.planadmin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.platform.time.PlatformTime;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.PlanAuditInfo;
import vn.antt.reporting.web.api.PlanDetail;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.format.Formats;
import vn.antt.reporting.web.format.VietnameseDates;
import vn.antt.reporting.web.report.FieldMessages;
import vn.antt.reporting.web.signin.CurrentUser;
import vn.antt.reporting.web.view.FormInput;

/**
 * Plan administration: the plans of my unit (and those that concern it), a new plan from an outline, a draft edited and
 * issued, an issued plan amended with a reason and closed, a level's internal deadline, an extension for a unit below,
 * and the plan's audit trail. planning-service decides every rule: its field errors come back next to the inputs, in
 * Vietnamese, with the form filled as it was typed; the actions offered are those its {@code allowedActions} lists.
 */
@Controller
@RequestMapping("/admin/plans")
record PlanAdminController(PlatformApi api, PlanOutlines directory, AccessPolicy access, Formats fmt, Clock clock) {

    // ---------------------------------------------------------------- the list

    @GetMapping
    String list(CurrentUser me, Model model) {
        requireAdmin(me);
        List<PlanDetail> plans = api.list("/api/plans", PlanDetail[].class);
        List<PlanRow> rows = plans.stream().map(plan -> new PlanRow(plan, PlanMessages.stateName(plan.state()), PlanMessages.stateTone(plan.state()),
                plan.issuingUnitCode().equals(me.unitCode()) ? "Đơn vị tôi ban hành" : directory.unitName(plan.issuingUnitCode()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("mayCreate", true);
        return "planadmin/list";
    }

    /** One plan of the list, with its state and issuer as people name them. */
    public record PlanRow(PlanDetail plan, String stateName, String tone, String issuer) {
    }

    // ---------------------------------------------------------------- drafts

    @GetMapping("/new")
    String blank(CurrentUser me, Model model) {
        requireAdmin(me);
        PlanForm form = PlanRequests.blank("Ủy ban nhân dân " + lowerFirst(me.unitName()), me.unitCode(), PlatformTime.today(clock));
        return form(me, null, form, new FieldMessages(), model);
    }

    @PostMapping
    String create(CurrentUser me, HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        PlanForm form = PlanForm.from(request.getParameterMap());
        PlanRequests.Conversion conversion = PlanRequests.plan(form, me.unitCode(), null);
        if (!conversion.readable()) {
            response.setStatus(400);
            return form(me, null, form, conversion.messages(), model);
        }
        try {
            JsonNode created = api.post("/api/plans", conversion.body(), Map.of());
            redirect.addFlashAttribute("notice", "Đã lưu bản nháp kế hoạch " + created.path("number").asString()
                    + ". Bản nháp chỉ đơn vị bạn thấy; kiểm tra lại rồi bấm \"Ban hành\".");
            return "redirect:/admin/plans/" + created.path("planId").asString();
        } catch (ServiceProblem problem) {
            return formAgain(me, null, form, problem, response, model);
        }
    }

    @GetMapping("/{planId}/edit")
    String edit(CurrentUser me, @PathVariable String planId, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        PlanDetail plan = plan(planId);
        if (!access.mayActAsIssuer(me, plan.issuingUnitCode()) || !plan.allows("EDIT")) {
            redirect.addFlashAttribute("problem", "Kế hoạch " + plan.number() + " không còn là bản nháp của đơn vị bạn nên không sửa được.");
            return "redirect:/admin/plans/" + planId;
        }
        return form(me, plan.planId(), PlanRequests.form(plan), new FieldMessages(), model);
    }

    @PostMapping("/{planId}/edit")
    String rewrite(CurrentUser me, @PathVariable String planId, HttpServletRequest request, HttpServletResponse response, Model model,
                   RedirectAttributes redirect) {
        requireAdmin(me);
        PlanDetail stored = plan(planId);
        PlanForm form = PlanForm.from(request.getParameterMap());
        PlanRequests.Conversion conversion = PlanRequests.plan(form, stored.issuingUnitCode(), stored);
        if (!conversion.readable()) {
            response.setStatus(400);
            return form(me, planId, form, conversion.messages(), model);
        }
        conversion.body().put("planId", planId);
        try {
            api.put("/api/plans/{planId}", conversion.body(), planId);
            redirect.addFlashAttribute("notice", "Đã lưu bản nháp.");
            return "redirect:/admin/plans/" + planId;
        } catch (ServiceProblem problem) {
            return formAgain(me, planId, form, problem, response, model);
        }
    }

    private String formAgain(CurrentUser me, String planId, PlanForm form, ServiceProblem problem, HttpServletResponse response, Model model) {
        if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
            throw problem;
        }
        response.setStatus(problem.status());
        return form(me, planId, form, PlanMessages.of(problem), model);
    }

    private String form(CurrentUser me, String planId, PlanForm form, FieldMessages messages, Model model) {
        List<PlanDetail> plans = api.list("/api/plans", PlanDetail[].class);
        Map<String, String> outlines = new LinkedHashMap<>();
        plans.stream().map(PlanDetail::outlineId).distinct().forEach(id -> {
            try {
                List<OutlineInfo> versions = api.list("/api/outlines/{id}/versions", OutlineInfo[].class, id);
                if (!versions.isEmpty()) {
                    outlines.put(id, versions.get(versions.size() - 1).title() + " (phiên bản "
                            + String.join(", ", versions.stream().map(v -> Integer.toString(v.version())).toList()) + ")");
                }
            } catch (ServiceProblem unknown) {
                // an outline no longer readable is simply not suggested
            }
        });
        Map<String, String> others = new LinkedHashMap<>();
        plans.stream().filter(p -> !p.planId().equals(planId))
                .forEach(p -> others.put(p.planId(), p.number() + " — " + p.title()));
        model.addAttribute("view", PlanFormView.of(planId, form, messages, outlines, others, me.unitName(), PlatformTime.today(clock)));
        return "planadmin/form";
    }

    // ---------------------------------------------------------------- one plan

    @GetMapping("/{planId}")
    String show(CurrentUser me, @PathVariable String planId, Model model) {
        requireAdmin(me);
        return page(me, plan(planId), model, new ActionForms());
    }

    @PostMapping("/{planId}/issue")
    String issue(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String reason,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.isBlank() ? null : reason.strip());
        return act(me, planId, () -> api.post("/api/plans/{planId}/issue", body, Map.of(), planId),
                "Đã ban hành kế hoạch: danh sách đơn vị phải báo cáo đã được chốt và gửi tới các đơn vị.",
                forms -> forms.issue = PlanMessages.of(problemOf(forms)), response, model, redirect);
    }

    @PostMapping("/{planId}/amendments")
    String amend(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String deadline,
                 @RequestParam(defaultValue = "") String addUnits, @RequestParam(defaultValue = "") String removeUnits,
                 @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        Map<String, String> typed = Map.of("deadline", deadline, "addUnits", addUnits, "removeUnits", removeUnits, "reason", reason);
        PlanRequests.Conversion conversion = PlanRequests.amendment(deadline, addUnits, removeUnits, reason);
        return send(me, planId, conversion, typed, "amend",
                () -> api.post("/api/plans/{planId}/amendments", conversion.body(), Map.of(), planId),
                "Đã điều chỉnh kế hoạch; lý do được ghi vào nhật ký.", response, model, redirect);
    }

    @PostMapping("/{planId}/internal-deadline")
    String internalDeadline(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String deadline,
                            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model,
                            RedirectAttributes redirect) {
        requireAdmin(me);
        Map<String, String> typed = Map.of("deadline", deadline, "reason", reason);
        PlanRequests.Conversion conversion = PlanRequests.internalDeadline(deadline, reason);
        return send(me, planId, conversion, typed, "internal",
                () -> api.put("/api/plans/{planId}/internal-deadlines/{unitCode}", conversion.body(), planId, me.unitCode()),
                "Đã đặt thời hạn nội bộ cho các đơn vị cấp dưới của " + me.unitName() + ".", response, model, redirect);
    }

    @PostMapping("/{planId}/extensions")
    String extension(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String unitCode,
                     @RequestParam(defaultValue = "") String deadline, @RequestParam(defaultValue = "") String reason,
                     HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        Map<String, String> typed = Map.of("unitCode", unitCode, "deadline", deadline, "reason", reason);
        PlanRequests.Conversion conversion = PlanRequests.extension(unitCode, deadline, reason);
        return send(me, planId, conversion, typed, "extension",
                () -> api.post("/api/plans/{planId}/extensions", conversion.body(), Map.of(), planId),
                "Đã gia hạn cho " + directory.unitName(unitCode) + ".", response, model, redirect);
    }

    @PostMapping("/{planId}/close")
    String close(CurrentUser me, @PathVariable String planId, @RequestParam(defaultValue = "") String reason,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.isBlank() ? null : reason.strip());
        return act(me, planId, () -> api.post("/api/plans/{planId}/close", body, Map.of(), planId),
                "Đã kết thúc kế hoạch: không nhận thêm báo cáo.", forms -> forms.close = PlanMessages.of(problemOf(forms)),
                response, model, redirect);
    }

    /** A form of the plan's page: unreadable text or the service's field errors come back beside its inputs, filled. */
    private String send(CurrentUser me, String planId, PlanRequests.Conversion conversion, Map<String, String> typed, String name,
                        Runnable call, String notice, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ActionForms forms = new ActionForms();
        forms.open = name;
        forms.typed.put(name, typed);
        if (!conversion.readable()) {
            forms.messages.put(name, conversion.messages());
            response.setStatus(400);
            return page(me, plan(planId), model, forms);
        }
        return act(me, planId, call, notice, f -> {
            f.open = name;
            f.typed.put(name, typed);
            f.messages.put(name, PlanMessages.of(problemOf(f)));
        }, response, model, redirect);
    }

    /**
     * Calls the service; success goes back to the plan's page with a notice. A 400 shows the page again with the
     * messages; a 409 (changed meanwhile, or not allowed any more) reloads the page as it now is, with the reason on top.
     */
    private String act(CurrentUser me, String planId, Runnable call, String notice, java.util.function.Consumer<ActionForms> onInvalid,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/admin/plans/" + planId;
        } catch (ServiceProblem problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
                throw problem;
            }
            if (problem.status() == 409) {
                redirect.addFlashAttribute("problem", PlanMessages.refusal(problem));
                return "redirect:/admin/plans/" + planId;
            }
            ActionForms forms = new ActionForms();
            forms.problem = problem;
            onInvalid.accept(forms);
            response.setStatus(problem.status());
            return page(me, plan(planId), model, forms);
        }
    }

    private static ServiceProblem problemOf(ActionForms forms) {
        return forms.problem;
    }

    /** What the plan page's forms hold after a refused attempt: the one to open, what was typed, the messages. */
    static final class ActionForms {
        String open;
        ServiceProblem problem;
        FieldMessages issue = new FieldMessages();
        FieldMessages close = new FieldMessages();
        final Map<String, Map<String, String>> typed = new LinkedHashMap<>();
        final Map<String, FieldMessages> messages = new LinkedHashMap<>();

        String typed(String form, String input, String otherwise) {
            return typed.containsKey(form) ? typed.get(form).getOrDefault(input, "") : otherwise;
        }

        FieldMessages messages(String form) {
            return messages.getOrDefault(form, new FieldMessages());
        }
    }

    private String page(CurrentUser me, PlanDetail plan, Model model, ActionForms forms) {
        boolean issuer = access.mayActAsIssuer(me, plan.issuingUnitCode());
        // The expected units below my unit: those I may give more time, and whether I am a level with units below.
        List<ExpectedUnit> below = plan.expectedUnits().stream()
                .filter(unit -> issuer || (unit.ancestry() != null && unit.ancestry().contains(me.unitCode()))).toList();
        boolean intermediate = !issuer && !below.isEmpty();
        model.addAttribute("plan", plan);
        model.addAttribute("stateName", PlanMessages.stateName(plan.state()));
        model.addAttribute("stateTone", PlanMessages.stateTone(plan.state()));
        model.addAttribute("issuerName", directory.unitName(plan.issuingUnitCode()));
        model.addAttribute("recipientUnitName", directory.unitName(plan.recipientUnitCode()));
        model.addAttribute("participants", participants(plan));
        model.addAttribute("chains", plan.reviewChains().stream().map(chain -> PlanKinds.name(chain.unitKind()) + ": "
                + String.join(" → ", chain.levels().stream().map(PlanKinds::level).toList())).toList());
        model.addAttribute("comparisonPlan", plan.comparisonPlanId());
        model.addAttribute("mayEdit", issuer && plan.allows("EDIT"));
        model.addAttribute("mayIssue", issuer && plan.allows("ISSUE"));
        model.addAttribute("mayAmend", issuer && plan.allows("AMEND"));
        model.addAttribute("mayClose", issuer && plan.allows("CLOSE"));
        model.addAttribute("maySetInternalDeadline", intermediate && plan.allows("SET_INTERNAL_DEADLINE"));
        model.addAttribute("mayGrantExtension", !below.isEmpty() && plan.allows("GRANT_EXTENSION"));
        model.addAttribute("unitsBelow", below.stream().filter(unit -> !unit.code().equals(me.unitCode())).toList());
        model.addAttribute("deadlines", plan.unitDeadlines().stream().map(d -> new DeadlineRow(d, directory.unitName(d.unitCode()),
                d.kind() == UnitDeadline.Kind.INTERNAL ? "Thời hạn nội bộ (cho các đơn vị cấp dưới)" : "Gia hạn")).toList());
        Optional<UnitDeadline> mine = plan.unitDeadlines().stream()
                .filter(d -> d.kind() == UnitDeadline.Kind.INTERNAL && d.unitCode().equals(me.unitCode())).findFirst();
        model.addAttribute("audit", issuer ? audit(plan.planId()) : null);
        model.addAttribute("open", forms.open);
        model.addAttribute("issueProblems", problems(forms.issue));
        model.addAttribute("closeProblems", problems(forms.close));
        FieldMessages amend = forms.messages("amend");
        model.addAttribute("amendInputs", inputs("amend", amend,
                field("deadline", "Thời hạn mới (không bắt buộc)", "dd/MM/yyyy HH:mm, giờ Việt Nam (+07:00).",
                        forms.typed("amend", "deadline", "")),
                field("addUnits", "Thêm đơn vị phải báo cáo (mã, không bắt buộc)", "Cách nhau bởi dấu phẩy.", forms.typed("amend", "addUnits", "")),
                field("removeUnits", "Bớt đơn vị (mã, không bắt buộc)", "Cách nhau bởi dấu phẩy.", forms.typed("amend", "removeUnits", "")),
                field("reason", "Lý do điều chỉnh (bắt buộc)", null, forms.typed("amend", "reason", ""))));
        model.addAttribute("amendGeneral", amend.general());
        FieldMessages internal = forms.messages("internal");
        model.addAttribute("internalInputs", inputs("internal", internal,
                field("deadline", "Thời hạn nội bộ cho các đơn vị cấp dưới", "dd/MM/yyyy HH:mm, giờ Việt Nam (+07:00); không muộn hơn thời hạn "
                        + "áp dụng cho đơn vị bạn.", forms.typed("internal", "deadline", mine.map(d -> VietnameseDates.format(d.deadline())).orElse(""))),
                field("reason", "Ghi chú (không bắt buộc)", null, forms.typed("internal", "reason", mine.map(UnitDeadline::reason).orElse("")))));
        model.addAttribute("internalGeneral", internal.general());
        FieldMessages extension = forms.messages("extension");
        model.addAttribute("extensionInputs", inputs("extension", extension,
                field("unitCode", "Đơn vị được gia hạn", null, forms.typed("extension", "unitCode", "")),
                field("deadline", "Thời hạn mới", "dd/MM/yyyy HH:mm, giờ Việt Nam (+07:00); muộn hơn thời hạn hiện tại của đơn vị.",
                        forms.typed("extension", "deadline", "")),
                field("reason", "Lý do gia hạn (bắt buộc)", null, forms.typed("extension", "reason", ""))));
        model.addAttribute("extensionGeneral", extension.general());
        return "planadmin/plan";
    }

    private record Field(String name, String label, String help, String value) {
    }

    private static Field field(String name, String label, String help, String value) {
        return new Field(name, label, help, value);
    }

    private static Map<String, FormInput> inputs(String form, FieldMessages messages, Field... fields) {
        Map<String, FormInput> inputs = new LinkedHashMap<>();
        for (Field f : fields) {
            inputs.put(f.name(), PlanInputs.input(form, f.name(), f.label(), f.help(), f.value(), messages));
        }
        return inputs;
    }

    /** Everything a refused issue or close says, in one list (those forms have no input to put it beside). */
    private static List<String> problems(FieldMessages messages) {
        List<String> all = new ArrayList<>(messages.general());
        messages.byInput().values().forEach(all::addAll);
        return all;
    }

    /** An internal deadline or an extension, with the unit's name and what it is. */
    public record DeadlineRow(UnitDeadline deadline, String unitName, String kindName) {
    }

    /** One line of the audit trail: when (+07:00), who, what, why. */
    public record AuditRow(String at, String who, String action, String detail, String reason, long revision) {
    }

    private List<AuditRow> audit(String planId) {
        return api.list("/api/plans/{planId}/audit", PlanAuditInfo[].class, planId).stream()
                .map(entry -> new AuditRow(fmt.dateTimeWithOffset(entry.at()),
                        entry.userId() + " (" + directory.unitName(entry.unitCode()) + ")", PlanMessages.actionName(entry.action()),
                        PlanMessages.auditDetail(entry.detail()), entry.reason() == null ? "" : entry.reason(), entry.revision()))
                .toList();
    }

    private List<String> participants(PlanDetail plan) {
        List<String> lines = new ArrayList<>();
        plan.participants().rules().forEach(rule -> lines.add("Mọi đơn vị thuộc " + directory.unitName(rule.within()) + " loại: "
                + String.join(", ", rule.kinds().stream().map(PlanKinds::name).toList())));
        if (!plan.participants().units().isEmpty()) {
            lines.add("Các đơn vị: " + String.join(", ", plan.participants().units()));
        }
        return lines;
    }

    private PlanDetail plan(String planId) {
        return api.get("/api/plans/{planId}", PlanDetail.class, planId);
    }

    private void requireAdmin(CurrentUser me) {
        access.require(access.mayAdministerPlans(me), "plan administration without the administrator role");
    }

    private static String lowerFirst(String name) {
        return name == null || name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
