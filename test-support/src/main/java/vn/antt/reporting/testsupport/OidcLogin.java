package vn.antt.reporting.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a user in at a real OAuth2/OIDC issuer the way a person's client does: form login, then the
 * authorization-code flow with PKCE for the public client {@code reporting-cli}. Returns the access token.
 */
public final class OidcLogin {

    public static final String CLIENT_ID = "reporting-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1:8080/authorized";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private OidcLogin() {
    }

    public static String accessToken(String issuer, String username, String password) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String loginPage = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(loginPage);
            String form = form(Map.of("username", username, "password", password,
                    "_csrf", csrf.find() ? csrf.group(1) : ""));
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String afterLogin = login.headers().firstValue("Location").orElse("");
            if (afterLogin.contains("error")) {
                throw new IllegalStateException("sign-in refused for " + username);
            }
            String verifier = randomUrlSafe(48);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                    "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI, "scope", "openid",
                    "state", randomUrlSafe(16), "code_challenge", challenge, "code_challenge_method", "S256"));
            HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = redirect.headers().firstValue("Location").orElse("");
            Matcher code = CODE.matcher(location);
            if (!location.startsWith(REDIRECT_URI) || !code.find()) {
                throw new IllegalStateException("no authorization code for " + username + ": " + redirect.statusCode()
                        + " " + location);
            }
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                            "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("token request failed: " + token.statusCode() + " " + token.body());
            }
            return JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
