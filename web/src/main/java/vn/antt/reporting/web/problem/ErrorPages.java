package vn.antt.reporting.web.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import vn.antt.reporting.web.access.AccessRefusedException;
import vn.antt.reporting.web.api.ServiceNames;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * What a person sees when something is refused or fails: a page in Vietnamese, never a stack trace or JSON.
 * 403 → "Không có quyền" (no data), 404 → "Không tìm thấy", a service down → which one, and to try again.
 * Problems a form can show next to its fields are handled by the form's controller before they get here.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(AccessRefusedException refused, HttpServletResponse response) {
        log.info("Page refused by the access policy: {}", refused.getMessage());
        return page(HttpStatus.FORBIDDEN, "Không có quyền",
                "Tài khoản của bạn không có quyền xem hoặc thực hiện thao tác này. Nếu bạn cho rằng đây là nhầm lẫn, "
                        + "hãy liên hệ quản trị của đơn vị.", null);
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView problem(ServiceProblem problem) {
        log.info("Service problem shown as a page: {}", problem.getMessage());
        return switch (problem.status()) {
            case 401, 403 -> page(HttpStatus.FORBIDDEN, "Không có quyền",
                    "Tài khoản của bạn không có quyền xem hoặc thực hiện thao tác này.", null);
            case 404 -> page(HttpStatus.NOT_FOUND, "Không tìm thấy",
                    "Không tìm thấy nội dung bạn yêu cầu: có thể đường dẫn không đúng hoặc nội dung không thuộc đơn vị của bạn.", null);
            case 502, 503, 504 -> page(HttpStatus.SERVICE_UNAVAILABLE, "Dịch vụ tạm thời không phản hồi",
                    ServiceNames.label(problem.service()) + " tạm thời không phản hồi. Vui lòng thử lại sau ít phút; "
                            + "những gì bạn đã gửi trước đó không bị mất.", problem.service());
            default -> page(HttpStatus.valueOf(problem.status() >= 400 && problem.status() < 600 ? problem.status() : 500),
                    problem.title().isBlank() ? "Không thực hiện được" : problem.title(),
                    "Yêu cầu không được thực hiện.", null).addObject("errors", problem.errors());
        };
    }

    /** The session's tokens are gone or could not be refreshed: sign in again, then back to the page. */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain(ClientAuthorizationException e) {
        if (e instanceof ClientAuthorizationRequiredException required) {
            throw required; // the OAuth2 client filter redirects to the issuer and returns to this page
        }
        return "redirect:/oauth2/authorization/identity";
    }

    private static ModelAndView page(HttpStatus status, String heading, String message, String service) {
        ModelAndView page = new ModelAndView("problem/page");
        page.setStatus(status);
        page.addObject("heading", heading);
        page.addObject("message", message);
        page.addObject("service", service);
        page.addObject("status", status.value());
        // The header with my name and "Đăng xuất", as on every page (an exception handler's model has no @ModelAttribute).
        page.addObject("me", CurrentUser.signedIn());
        return page;
    }

}
