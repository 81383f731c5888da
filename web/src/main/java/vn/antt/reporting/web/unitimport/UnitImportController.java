package vn.antt.reporting.web.unitimport;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * An administrator imports a unit list file: the upload form, then the job's progress bar (the page polls a fragment
 * every 500 ms until the job is finished), then its report or the table of refused records. planning-service runs the
 * import and checks the province of every unit; this page only starts and shows it.
 */
@Controller
@RequestMapping("/admin/units/import")
record UnitImportController(PlatformApi api, AccessPolicy access) {

    private static final String REFUSED = "importing units without the administrator's role";

    @GetMapping
    String form(CurrentUser me) {
        access.require(access.mayImportUnits(me), REFUSED);
        return "unitimport/index";
    }

    @PostMapping
    String upload(CurrentUser me, @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
        access.require(access.mayImportUnits(me), REFUSED);
        if (file.isEmpty()) {
            model.addAttribute("fileProblem", "Chưa chọn tệp danh mục đơn vị (.json) để tải lên.");
            response.setStatus(400);
            return "unitimport/index";
        }
        try {
            JsonNode job = api.postFile("/api/units/import-jobs", "file", file);
            return "redirect:/admin/units/import/" + job.path("id").asString();
        } catch (ServiceProblem problem) {
            if (problem.status() == 403 || problem.status() >= 500) {
                throw problem;
            }
            response.setStatus(problem.status());
            model.addAttribute("fileProblem", problem.status() == 409
                    ? "Một lượt nhập danh mục khác đang chạy. Hãy chờ lượt đó xong rồi tải tệp lên lại."
                    : (problem.title().isBlank() ? "Tệp không được nhận" : problem.title()) + ". Hãy kiểm tra tệp rồi tải lên lại.");
            return "unitimport/index";
        }
    }

    @GetMapping("/{jobId}")
    String job(CurrentUser me, @PathVariable String jobId, Model model) {
        access.require(access.mayImportUnits(me), REFUSED);
        model.addAttribute("job", load(jobId));
        return "unitimport/job";
    }

    /** The fragment the page polls: it stops asking once the job is finished. */
    @GetMapping("/{jobId}/progress")
    String progress(CurrentUser me, @PathVariable String jobId, Model model) {
        access.require(access.mayImportUnits(me), REFUSED);
        model.addAttribute("job", load(jobId));
        return "unitimport/progress :: progress";
    }

    private ImportJobPage load(String jobId) {
        return ImportJobPage.of(api.get("/api/units/import-jobs/{jobId}", JsonNode.class, jobId));
    }
}
