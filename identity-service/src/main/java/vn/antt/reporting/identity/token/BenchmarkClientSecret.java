package vn.antt.reporting.identity.token;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The {@code bench} profile only: the benchmark's client keeps its {@code {noop}} secret. Spring Authorization Server
 * hashes a client secret that is not BCrypt at its first use ({@code upgradeEncoding}), so every later token request
 * of the benchmark paid a BCrypt check: about 7 minutes for the 10.047 tokens of a nation-wide run. This encoder is the
 * usual delegating one (BCrypt for everything else, the demo users' passwords and the other clients' secrets
 * included), except that the benchmark client's configured secret is not upgraded. Without the profile the bean does
 * not exist and the standard encoder upgrades every secret as before.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchmarkClientSecret {

    @Bean
    static PasswordEncoder passwordEncoder(
            @Value("${spring.security.oauth2.authorizationserver.client.benchmark.registration.client-secret}") String benchmarkSecret) {
        return new KeptSecret(PasswordEncoderFactories.createDelegatingPasswordEncoder(), benchmarkSecret);
    }

    /** Delegates everything; {@code upgradeEncoding} is false for the one kept encoded secret. */
    static final class KeptSecret implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final String kept;

        KeptSecret(PasswordEncoder delegate, String kept) {
            this.delegate = delegate;
            this.kept = kept;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return !kept.equals(encodedPassword) && delegate.upgradeEncoding(encodedPassword);
        }
    }
}
