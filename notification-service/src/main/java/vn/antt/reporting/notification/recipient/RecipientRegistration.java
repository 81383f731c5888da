package vn.antt.reporting.notification.recipient;

import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.antt.reporting.platform.security.Caller;

/**
 * Every call a user makes here (the web application opens the inbox at sign-in) records who they are from their token,
 * so that from then on the events of their unit reach them, in the inbox and at the identity provider's address,
 * before they ever open their settings.
 */
@Configuration
class RecipientRegistration implements WebMvcConfigurer {

    /** The standard OIDC claims of the user's name and address. */
    static final String NAME_CLAIM = "name";
    static final String EMAIL_CLAIM = "email";

    private final Recipients recipients;

    RecipientRegistration(Recipients recipients) {
        this.recipients = recipients;
    }

    /** Who the caller is, from the validated token; empty without a token or a unit. */
    static Optional<Contact> ofCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return Optional.empty();
        }
        Caller caller = Caller.from(jwt);
        if (caller.userId() == null || caller.unitCode() == null) {
            return Optional.empty();
        }
        return Optional.of(new Contact(caller.userId(), jwt.getClaimAsString(NAME_CLAIM), caller.unitCode(), caller.roles(),
                jwt.getClaimAsString(EMAIL_CLAIM), null, caller.unitVersion()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                ofCaller().ifPresent(recipients::registerIfChanged);
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
