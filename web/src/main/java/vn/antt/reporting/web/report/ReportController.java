package vn.antt.reporting.web.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.DraftInfo;
import vn.antt.reporting.web.api.DraftView;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.PlanInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.api.StatusChange;
import vn.antt.reporting.web.api.SubmissionInfo;
import vn.antt.reporting.web.api.VersionChanges;
import vn.antt.reporting.web.api.WarningInfo;
import vn.antt.reporting.web.format.Formats;
import vn.antt.reporting.web.signin.CurrentUser;
import vn.antt.reporting.web.view.ReportReading;
import vn.antt.reporting.web.view.ReportStanding;
import tools.jackson.databind.JsonNode;

/**
 * A unit's report for a plan: the form generated from the plan's outline (drafts saved on demand and automatically,
 * checked and submitted), and each submitted version's page (history, changes, the reviewer's notes, resubmit,
 * withdraw, signed scan, Word document).
 */
@Controller
record ReportController(PlatformApi api, PlanOutlines plans, AccessPolicy access, Formats fmt) {

    private static final String FORM = "report/form";

    @GetMapping("/reports/{planId}/{unitCode}")
    String form(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode,
                @RequestParam(required = false) String from, Model model) {
        access.require(access.mayWriteReport(me, unitCode), "report form of another unit");
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        Optional<DraftView> draft = api.find("/api/drafts/{planId}/{unitCode}", DraftView.class, planId, unitCode);
        List<SubmissionInfo> versions = plans.versions(planId, unitCode);
        SubmissionInfo latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        ReportForm form;
        long revision = 0;
        if (draft.isPresent() && draft.get().draft() != null) {
            DraftInfo saved = draft.get().draft();
            form = ReportForm.filled(outline, saved.document(), saved.sections(), saved.figures());
            revision = saved.revision();
        } else {
            SubmissionInfo source = from != null ? versions.stream().filter(v -> v.id().equals(from)).findFirst().orElse(null)
                    : latest != null && ("RETURNED".equals(latest.status()) || "WITHDRAWN".equals(latest.status())) ? latest : null;
            form = source == null ? ReportForm.empty(outline)
                    : ReportForm.filled(outline, source.document(), source.sections(), source.figures());
        }
        FieldMessages messages = new FieldMessages();
        draft.ifPresent(view -> messages.addWarnings(view.warnings()));
        render(model, plan, outline, unitCode, form, messages, revision, versions, draft.map(DraftView::warnings).orElse(List.of()),
                false, null);
        return FORM;
    }

    /** Saves the draft (the "Lưu nháp" button and the automatic save); answers the save-status fragment. */
    @PostMapping("/reports/{planId}/{unitCode}/draft")
    String saveDraft(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @RequestParam long baseRevision,
                     HttpServletRequest request, Model model) {
        access.require(access.mayWriteReport(me, unitCode), "draft of another unit");
        OutlineInfo outline = plans.outline(plans.plan(planId));
        ReportForm.Draft draft = ReportForm.posted(outline, request.getParameterMap()).read();
        model.addAttribute("revision", baseRevision);
        if (!draft.errors().isEmpty()) {
            model.addAttribute("state", "invalid");
            model.addAttribute("problems", draft.errors().values().stream().flatMap(List::stream).toList());
            return "report/save-status";
        }
        try {
            JsonNode saved = api.put("/api/drafts/{planId}/{unitCode}", draft.body(baseRevision), planId, unitCode);
            model.addAttribute("state", "saved");
            model.addAttribute("revision", saved.path("revision").asLong());
            model.addAttribute("savedAt", fmt.dateTime(java.time.Instant.parse(saved.path("savedAt").asString())));
        } catch (ServiceProblem problem) {
            if (problem.is(409, "draft-changed")) {
                model.addAttribute("state", "conflict");
            } else {
                model.addAttribute("state", "invalid");
                model.addAttribute("problems", problem.errors().isEmpty() ? List.of(problem.title())
                        : problem.errors().stream().map(e -> e.message()).toList());
            }
        }
        return "report/save-status";
    }

    /** Saves, checks, asks to confirm the warnings, then submits; whatever refuses, the form comes back as typed. */
    @PostMapping("/reports/{planId}/{unitCode}/submission")
    String submit(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @RequestParam long baseRevision,
                  @RequestParam String idempotencyKey, @RequestParam(defaultValue = "false") boolean confirmWarnings,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        access.require(access.mayWriteReport(me, unitCode), "submission of another unit");
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        ReportForm form = ReportForm.posted(outline, request.getParameterMap());
        ReportForm.Draft draft = form.read();
        FieldMessages messages = new FieldMessages();
        Map<String, List<String>> categories = categories(outline);
        List<SubmissionInfo> versions = plans.versions(planId, unitCode);
        if (!draft.errors().isEmpty()) {
            messages.addAll(draft.errors());
            messages.general().add(0, "Một số giá trị chưa đọc được: hãy sửa các ô được đánh dấu bên dưới.");
            response.setStatus(422);
            render(model, plan, outline, unitCode, form, messages, baseRevision, versions, List.of(), false, null);
            return FORM;
        }
        long revision = baseRevision;
        try {
            revision = api.put("/api/drafts/{planId}/{unitCode}", draft.body(baseRevision), planId, unitCode).path("revision").asLong();
        } catch (ServiceProblem problem) {
            response.setStatus(problem.status());
            if (problem.is(409, "draft-changed")) {
                // The automatic save of this very content may have landed just before: then nothing would be
                // overwritten, and the submit goes on from the stored revision. Anything else is another tab's work.
                Optional<DraftView> current = api.find("/api/drafts/{planId}/{unitCode}", DraftView.class, planId, unitCode);
                if (current.isEmpty() || current.get().draft() == null || !sameContent(outline, draft, current.get().draft())) {
                    render(model, plan, outline, unitCode, form, messages, baseRevision, versions, List.of(), false, "conflict");
                    return FORM;
                }
                response.setStatus(200);
                revision = current.get().draft().revision();
            } else {
                messages.addProblems(problem.errors(), draft.figureOrder(), draft.sectionOrder(), categories);
                messages.general().add(0, title(problem));
                render(model, plan, outline, unitCode, form, messages, baseRevision, versions, List.of(), false, null);
                return FORM;
            }
        }
        DraftView checked = api.get("/api/drafts/{planId}/{unitCode}", DraftView.class, planId, unitCode);
        if (!checked.blockingErrors().isEmpty()) {
            messages.addProblems(checked.blockingErrors(), draft.figureOrder(), draft.sectionOrder(), categories);
            messages.addWarnings(checked.warnings());
            messages.general().add(0, "Báo cáo chưa gửi được: còn " + checked.blockingErrors().size()
                    + " lỗi cần sửa (đánh dấu bên dưới). Bản nháp đã được lưu.");
            response.setStatus(422);
            render(model, plan, outline, unitCode, form, messages, revision, versions, checked.warnings(), false, null);
            return FORM;
        }
        if (!checked.warnings().isEmpty() && !confirmWarnings) {
            messages.addWarnings(checked.warnings());
            render(model, plan, outline, unitCode, form, messages, revision, versions, checked.warnings(), true, null);
            return FORM;
        }
        try {
            JsonNode stored = api.post("/api/drafts/{planId}/{unitCode}/submission", null, Map.of("Idempotency-Key", idempotencyKey),
                    planId, unitCode);
            redirect.addFlashAttribute("notice", "Đã gửi báo cáo (phiên bản " + stored.path("version").asInt() + ").");
            return "redirect:/reports/" + planId + "/" + unitCode + "/versions/" + stored.path("id").asString();
        } catch (ServiceProblem problem) {
            response.setStatus(problem.status());
            messages.addProblems(problem.errors(), draft.figureOrder(), draft.sectionOrder(), categories);
            messages.general().add(0, title(problem));
            render(model, plan, outline, unitCode, form, messages, revision, versions, checked.warnings(), false, null);
            return FORM;
        }
    }

    /** Whether a stored draft says what the form says (both read the same way, so 8.000 and 8000 are the same). */
    private static boolean sameContent(OutlineInfo outline, ReportForm.Draft posted, DraftInfo stored) {
        ReportForm.Draft mine = ReportForm.filled(outline, posted.document(), posted.sections(), posted.figures()).read();
        ReportForm.Draft theirs = ReportForm.filled(outline, stored.document(), stored.sections(), stored.figures()).read();
        return java.util.Objects.equals(mine.document(), theirs.document()) && mine.sections().equals(theirs.sections())
                && mine.figures().equals(theirs.figures());
    }

    private static String title(ServiceProblem problem) {
        return "Báo cáo chưa gửi được: " + (problem.title().isBlank() ? "dịch vụ từ chối yêu cầu" : problem.title()) + ".";
    }

    private static Map<String, List<String>> categories(OutlineInfo outline) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        outline.indicators().forEach(i -> categories.put(i.code(), i.categories()));
        return categories;
    }

    private void render(Model model, PlanInfo plan, OutlineInfo outline, String unitCode, ReportForm form, FieldMessages messages,
                        long revision, List<SubmissionInfo> versions, List<WarningInfo> warnings, boolean confirm, String conflict) {
        SubmissionInfo latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        StatusChange returned = latest != null && "RETURNED".equals(latest.status()) ? latest.lastReturn() : null;
        Map<String, List<String>> sectionNotes = new LinkedHashMap<>();
        Map<String, List<String>> figureNotes = new LinkedHashMap<>();
        if (returned != null) {
            for (ReturnNote note : returned.notes()) {
                if (note.indicator() != null && !note.indicator().isBlank()) {
                    figureNotes.computeIfAbsent(note.indicator(), k -> new java.util.ArrayList<>()).add(note.note());
                } else if (note.sectionNumber() != null) {
                    sectionNotes.computeIfAbsent(note.sectionNumber(), k -> new java.util.ArrayList<>()).add(note.note());
                }
            }
        }
        model.addAttribute("plan", plan);
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("form", ReportFormView.of(outline, form, messages.byInput(), sectionNotes, figureNotes));
        model.addAttribute("general", messages.general());
        model.addAttribute("warnings", warnings);
        model.addAttribute("confirmWarnings", confirm);
        model.addAttribute("conflict", conflict != null);
        model.addAttribute("revision", revision);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("versions", versions);
        model.addAttribute("returned", returned);
        model.addAttribute("deadline", deadline(plan, unitCode));
    }

    private java.time.Instant deadline(PlanInfo plan, String unitCode) {
        try {
            return api.get("/api/plans/{planId}/deadlines/{unitCode}", vn.antt.reporting.web.api.EffectiveDeadline.class,
                    plan.planId(), unitCode).deadline();
        } catch (ServiceProblem notExpected) {
            return plan.deadline();
        }
    }

    @GetMapping("/reports/{planId}/{unitCode}/versions/{id}")
    String version(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @PathVariable String id, Model model) {
        access.require(access.mayReadReport(me, unitCode), "version of another unit");
        SubmissionInfo version = api.get("/api/submissions/{id}", SubmissionInfo.class, id);
        if (!version.unit().code().equals(unitCode) || !version.planId().equals(planId)) {
            throw new ServiceProblem(404, "not-found", "", "version of another unit or plan", "submission-service", null, List.of());
        }
        PlanInfo plan = plans.plan(planId);
        OutlineInfo outline = plans.outline(plan);
        VersionChanges changes = version.version() > 1
                ? api.get("/api/submissions/{id}/changes", VersionChanges.class, id) : null;
        List<SubmissionInfo> versions = plans.versions(planId, unitCode);
        boolean latest = !versions.isEmpty() && versions.get(versions.size() - 1).id().equals(id);
        boolean writer = access.mayWriteReport(me, unitCode);
        model.addAttribute("plan", plan);
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("version", version);
        model.addAttribute("versions", versions);
        model.addAttribute("reading", ReportReading.of(outline, version, changes, version.lastReturn(), fmt));
        model.addAttribute("changes", changes);
        model.addAttribute("returned", version.lastReturn());
        model.addAttribute("statusName", ReportStanding.statusName(version.status()));
        model.addAttribute("history", version.history().stream().map(change -> new HistoryRow(fmt.dateTime(change.at()),
                ReportStanding.statusName(change.to()), change.userId(), change.unitCode() == null ? "" : plans.unitName(change.unitCode()),
                change.reason())).toList());
        model.addAttribute("mayResubmit", writer && latest && ("RETURNED".equals(version.status()) || "WITHDRAWN".equals(version.status())));
        model.addAttribute("mayWithdraw", writer && latest && "SUBMITTED".equals(version.status()));
        model.addAttribute("mayAttachScan", writer && version.scan() == null);
        return "report/version";
    }

    /** One line of a version's status history. */
    record HistoryRow(String at, String status, String by, String unit, String reason) {
    }

    @PostMapping("/reports/{planId}/{unitCode}/versions/{id}/withdrawal")
    String withdraw(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @PathVariable String id,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        access.require(access.mayWriteReport(me, unitCode), "withdrawal for another unit");
        try {
            api.post("/api/submissions/{id}/withdrawal", Map.of("reason", reason), Map.of(), id);
            redirect.addFlashAttribute("notice", "Đã rút phiên bản này. Bạn có thể sửa và gửi lại.");
        } catch (ServiceProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", "Không rút được: " + problem.title() + " (cấp trên đã xử lý phiên bản này).");
        }
        return "redirect:/reports/" + planId + "/" + unitCode + "/versions/" + id;
    }

    @PostMapping("/reports/{planId}/{unitCode}/versions/{id}/scan")
    String attachScan(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @PathVariable String id,
                      @RequestParam("scan") MultipartFile scan, RedirectAttributes redirect) {
        access.require(access.mayWriteReport(me, unitCode), "scan for another unit");
        try {
            api.postFile("/api/submissions/{id}/scan", "scan", scan, id);
            redirect.addFlashAttribute("notice", "Đã đính kèm bản scan có chữ ký.");
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500 || problem.status() == 403 || problem.status() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", "Không đính kèm được: " + problem.title() + ".");
        }
        return "redirect:/reports/" + planId + "/" + unitCode + "/versions/" + id;
    }

    @GetMapping("/reports/{planId}/{unitCode}/versions/{id}/scan")
    void downloadScan(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @PathVariable String id,
                      HttpServletResponse response) {
        access.require(access.mayReadReport(me, unitCode), "scan of another unit");
        api.download("/api/submissions/{id}/scan", response, id);
    }

    @GetMapping("/reports/{planId}/{unitCode}/versions/{id}/document")
    void downloadDocument(CurrentUser me, @PathVariable String planId, @PathVariable String unitCode, @PathVariable String id,
                          HttpServletResponse response) {
        access.require(access.mayReadReport(me, unitCode), "document of another unit");
        api.download("/api/submissions/{id}/document", response, id);
    }
}
