package vn.antt.reporting.web.unitlinks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import vn.antt.reporting.platform.text.VietnameseFormat;
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

    /** The day before the reform: the predecessors are the units valid then. */
    static final LocalDate LAST_DAY_BEFORE = LocalDate.of(2025, 6, 30);

    @GetMapping
    String page(CurrentUser me, Model model) {
        access.require(access.mayImportUnits(me), REFUSED);
        model.addAttribute("page", UnresolvedLinksPage.of(api.get("/api/units/unresolved-predecessors", JsonNode.class)));
        return "unitlinks/index";
    }

    /**
     * One new unit: its links now (each predecessor named as it was on 30/6/2025), the audit trail of its hand fixes
     * (who, when at +07:00, before, after, why) and the fix form.
     */
    @GetMapping("/{code}")
    String unit(CurrentUser me, @PathVariable String code, Model model) {
        access.require(access.mayImportUnits(me), REFUSED);
        model.addAttribute("unit", unitPage(code));
        return "unitlinks/unit";
    }

    /**
     * @param links the predecessors now: version key, name as it was, the merger map's text that named it
     * @param fixes the audit trail, the latest first
     */
    public record UnitPage(String code, String key, String name, List<UnresolvedLinksPage.Link> links, List<FixRow> fixes) {

        public String linkKeys() {
            return String.join(", ", links.stream().map(UnresolvedLinksPage.Link::key).toList());
        }
    }

    /** One audit record: when (+07:00), who (user and the unit acted for), the links before and after, the reason. */
    public record FixRow(String at, String who, String before, String after, String reason) {
    }

    private UnitPage unitPage(String code) {
        JsonNode unit = api.get("/api/units/{code}", JsonNode.class, code);
        JsonNode links = api.get("/api/units/{code}/links", JsonNode.class, code);
        Map<String, String> names = new LinkedHashMap<>();
        List<UnresolvedLinksPage.Link> predecessors = new ArrayList<>();
        for (JsonNode link : links.path("predecessors")) {
            String key = link.path("predecessorKey").asString();
            predecessors.add(new UnresolvedLinksPage.Link(key, link.path("predecessorCode").asString(),
                    nameBefore(link.path("predecessorCode").asString(), names) + " — " + link.path("text").asString()));
        }
        List<FixRow> fixes = new ArrayList<>();
        for (JsonNode fix : api.get("/api/units/{code}/predecessors/fixes", JsonNode.class, code)) {
            String actedFor = fix.path("unitCode").asString("");
            fixes.add(new FixRow(VietnameseFormat.dateTimeWithOffset(OffsetDateTime.parse(fix.path("at").asString()).toInstant()),
                    fix.path("userId").asString() + (actedFor.isEmpty() ? "" : " (" + unitName(actedFor, names) + ")"),
                    keys(fix.path("before"), names), keys(fix.path("after"), names), fix.path("reason").asString()));
        }
        return new UnitPage(unit.path("code").asString(), unit.path("versionKey").asString(code), unit.path("name").asString(),
                predecessors, fixes);
    }

    /** "21217 Xã Tịnh Sơn, 21220 Thị trấn Tịnh Hà", or "không có liên kết nào". */
    private String keys(JsonNode keys, Map<String, String> names) {
        List<String> named = new ArrayList<>();
        keys.forEach(k -> {
            String key = k.asString();
            String code = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            named.add(key + " " + nameBefore(code, names));
        });
        return named.isEmpty() ? "không có liên kết nào" : String.join(", ", named);
    }

    /** The unit the code named on 30/6/2025 (codes are reused across the reform); the code when unknown. */
    private String nameBefore(String code, Map<String, String> names) {
        return names.computeIfAbsent(code + "@before", k -> {
            try {
                return api.get("/api/units/{code}?asOf={day}", JsonNode.class, code, LAST_DAY_BEFORE.toString()).path("name").asString(code);
            } catch (ServiceProblem unknown) {
                if (unknown.status() >= 500) {
                    throw unknown;
                }
                return code;
            }
        });
    }

    private String unitName(String code, Map<String, String> names) {
        return names.computeIfAbsent(code, k -> {
            try {
                return api.get("/api/units/{code}", JsonNode.class, code).path("name").asString(code);
            } catch (ServiceProblem unknown) {
                if (unknown.status() >= 500) {
                    throw unknown;
                }
                return code;
            }
        });
    }

    /** Sets the unit's links to the version keys typed (separated by commas or spaces; none removes them all). */
    @PostMapping("/{code}")
    String fix(CurrentUser me, @PathVariable String code, @RequestParam(defaultValue = "") String predecessors,
               @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String from, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.mayImportUnits(me), REFUSED);
        List<String> keys = Arrays.stream(predecessors.split("[,;\\s]+")).filter(k -> !k.isBlank()).toList();
        try {
            JsonNode fixed = api.put("/api/units/{code}/predecessors", Map.of("predecessors", keys, "reason", reason), code);
            redirect.addFlashAttribute("notice", "Đã sửa liên kết đơn vị trước sắp xếp của đơn vị " + code + ": "
                    + (keys.isEmpty() ? "không còn liên kết nào" : String.join(", ", keys))
                    + ". Số liệu so sánh cùng kỳ được tính lại theo liên kết mới.");
            redirect.addFlashAttribute("fixedAt", fixed.path("fix").path("at").asString());
            redirect.addFlashAttribute("fixedUnit", code);
            return "unit".equals(from) ? "redirect:/admin/units/links/" + code : "redirect:/admin/units/links";
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
            if ("unit".equals(from)) {
                model.addAttribute("unit", unitPage(code));
                return "unitlinks/unit";
            }
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
