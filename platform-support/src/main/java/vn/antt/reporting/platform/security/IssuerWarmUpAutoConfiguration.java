package vn.antt.reporting.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Every service resolves its token issuer before it reports ready ({@link IssuerWarmUp}), unless
 * {@code reporting.security.issuer-warm-up.enabled} is false; {@code reporting.security.issuer-warm-up.timeout} (20 s) is
 * how long start-up waits for the issuer.
 */
@AutoConfiguration(after = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(JwtDecoder.class)
@ConditionalOnProperty(prefix = "reporting.security.issuer-warm-up", name = "enabled", havingValue = "true", matchIfMissing = true)
public class IssuerWarmUpAutoConfiguration {

    @Bean
    IssuerWarmUp issuerWarmUp(JwtDecoder decoder, @Value("${reporting.security.issuer-warm-up.timeout:20s}") Duration timeout) {
        return new IssuerWarmUp(decoder, timeout);
    }
}
