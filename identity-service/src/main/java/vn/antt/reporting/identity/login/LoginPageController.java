package vn.antt.reporting.identity.login;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page, in Vietnamese. A plain form: no template engine is needed for one page. */
@Controller
class LoginPageController {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String message = error != null
                ? "<p class=\"error\" role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.</p>"
                : logout != null ? "<p class=\"info\">Bạn đã đăng xuất.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Đăng nhập — Hệ thống báo cáo ANTT</title>
                  <style>
                    body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
                    label { display: block; margin-top: 1rem; }
                    input { width: 100%%; padding: .5rem; box-sizing: border-box; }
                    button { margin-top: 1.5rem; padding: .6rem 1.2rem; }
                    .error { color: #b00020; }
                  </style>
                </head>
                <body>
                  <h1>Đăng nhập</h1>
                  <p>Hệ thống báo cáo an ninh, trật tự</p>
                  %s
                  <form method="post" action="/login">
                    <label for="username">Tên đăng nhập</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Mật khẩu</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Đăng nhập</button>
                  </form>
                </body>
                </html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
