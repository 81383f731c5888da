package vn.antt.reporting.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Where the web application signs people in and where it reads and writes their data.
 *
 * @param issuerUri    the OIDC issuer (identity-service), as tokens name it and browsers reach it
 * @param clientId     this application's confidential client at the issuer
 * @param clientSecret its secret (the demo one by default; a real one from the environment)
 * @param apiBaseUrl   the gateway: every data call goes to its {@code /api/**} with the user's access token
 */
@Validated
@ConfigurationProperties("reporting.web")
public record WebProperties(@NotNull URI issuerUri, @NotBlank String clientId, @NotBlank String clientSecret,
                            @NotNull URI apiBaseUrl) {

    /** The issuer's base without a trailing slash, for its endpoints. */
    public String issuer() {
        String text = issuerUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
