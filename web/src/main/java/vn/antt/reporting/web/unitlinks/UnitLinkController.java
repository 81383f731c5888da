package vn.antt.reporting.web.unitlinks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * The predecessor links of the units formed by the reform of 1/7/2025: what the last import of the two-level list could
 * not link, and an administrator's hand fix of a unit's links (with its reason; planning-service checks the caller's
 * subtree, audits the change and republishes the unit, so that "so với cùng kỳ" follows). Through the gateway as every
 * page's call.
 */
@Controller
@RequestMapping("/admin/units/links")
record UnitLinkController(PlatformApi api, AccessPolicy access) {

    private static final String REFUSED = "fixing predecessor links without the administrator's role";

    @GetMapping
    String page(CurrentUser me, Model model) {
        access.require(access.mayImportUnits(me), REFUSED);
        model.addAttribute("page", UnresolvedLinksPage.of(api.get("/api/units/unresolved-predecessors", JsonNode.class)));
        return "unitlinks/index";
    }

    /** Sets the unit's links to the version keys typed (separated by commas or spaces; none removes them all). */
    @PostMapping("/{code}")
    String fix(CurrentUser me, @PathVariable String code, @RequestParam(defaultValue = "") String predecessors,
               @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        access.require(access.mayImportUnits(me), REFUSED);
        List<String> keys = Arrays.stream(predecessors.split("[,;\\s]+")).filter(k -> !k.isBlank()).toList();
        try {
            JsonNode fixed = api.put("/api/units/{code}/predecessors", Map.of("predecessors", keys, "reason", reason), code);
            redirect.addFlashAttribute("notice", "Đã sửa liên kết đơn vị trước sắp xếp của đơn vị " + code + ": "
                    + (keys.isEmpty() ? "không còn liên kết nào" : String.join(", ", keys))
                    + ". Số liệu so sánh cùng kỳ được tính lại theo liên kết mới.");
            redirect.addFlashAttribute("fixedAt", fixed.path("fix").path("at").asString());
            return "redirect:/admin/units/links";
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            response.setStatus(problem.status());
            String field = problem.body() == null ? "" : problem.body().path("field").asString("");
            model.addAttribute("problem", message(problem.rule(), field, keys));
            model.addAttribute("problemUnit", code);
            model.addAttribute("problemField", field);
            model.addAttribute("typed", predecessors);
            model.addAttribute("typedReason", reason);
            model.addAttribute("page", UnresolvedLinksPage.of(api.get("/api/units/unresolved-predecessors", JsonNode.class)));
            return "unitlinks/index";
        }
    }

    /** The service's refusal as the page says it, naming what to correct. */
    static String message(String rule, String field, List<String> keys) {
        if ("reason".equals(field)) {
            return "Cần ghi lý do sửa liên kết (ví dụ: số, ngày của nghị quyết sắp xếp).";
        }
        if ("code".equals(field)) {
            return "access-refused".equals(rule) ? "Đơn vị này không thuộc phạm vi quản trị của đơn vị bạn."
                    : "Chỉ sửa được liên kết của đơn vị thành lập từ ngày 01/7/2025.";
        }
        if (field.startsWith("predecessors[")) {
            int index = Integer.parseInt(field.substring("predecessors[".length(), field.length() - 1));
            String key = index < keys.size() ? keys.get(index) : "";
            return "access-refused".equals(rule)
                    ? "Đơn vị trước sắp xếp " + key + " không thuộc phạm vi quản trị của đơn vị bạn."
                    : "Mã " + key + " không phải một đơn vị còn hiệu lực ngày 30/6/2025 (đơn vị trước sắp xếp).";
        }
        return "access-refused".equals(rule) ? "Bạn không có quyền sửa liên kết này." : "Không sửa được liên kết: yêu cầu không hợp lệ.";
    }
}
