package vn.antt.reporting.identity.login;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page, in Vietnamese, with the web application's look (Bootstrap and its app.css, from web-look). A plain form:
 * no template engine is needed for one page.
 */
@Controller
class LoginPageController {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String message = error != null
                ? "<div class=\"alert alert-danger\" role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.</div>"
                : logout != null ? "<div class=\"alert alert-success\" role=\"status\">Bạn đã đăng xuất.</div>" : "";
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Đăng nhập — Hệ thống báo cáo ANTT</title>
                  <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
                  <link rel="stylesheet" href="/css/app.css">
                </head>
                <body>
                  <header class="antt-header mb-4">
                    <div class="container py-2">
                      <span class="navbar-brand fw-semibold">Hệ thống báo cáo ANTT
                        <span class="brand-sub">An ninh, trật tự — báo cáo, thẩm định, tổng hợp</span></span>
                    </div>
                  </header>
                  <main id="main" class="container" style="max-width: 28rem">
                    <div class="antt-card">
                      <h1 class="h3">Đăng nhập</h1>
                      <p class="text-muted">Dùng tài khoản do đơn vị cấp.</p>
                      %s
                      <form method="post" action="/login">
                        <div class="mb-3">
                          <label class="form-label" for="username">Tên đăng nhập</label>
                          <input class="form-control" id="username" name="username" autocomplete="username" required autofocus>
                        </div>
                        <div class="mb-3">
                          <label class="form-label" for="password">Mật khẩu</label>
                          <input class="form-control" id="password" name="password" type="password" autocomplete="current-password" required>
                        </div>
                        <input type="hidden" name="%s" value="%s">
                        <button class="btn btn-primary w-100" type="submit">Đăng nhập</button>
                      </form>
                    </div>
                  </main>
                  <footer class="container py-4 small text-muted" style="max-width: 28rem">Hệ thống báo cáo an ninh, trật tự</footer>
                </body>
                </html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
