package vn.antt.reporting.identity.user;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up in {@link IdentityProperties}; each lookup returns a fresh copy (Spring Security erases credentials). */
@Service
public class ConfiguredUsers implements UserDetailsService {

    private final Map<String, IdentityProperties.UserEntry> users;

    public ConfiguredUsers(IdentityProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toMap(IdentityProperties.UserEntry::username, Function.identity()));
    }

    /**
     * Reads the {@code {bcrypt}}/{@code {noop}} prefixes of the configured passwords and client secrets; a client secret
     * that is not BCrypt is hashed with BCrypt at its first use (Spring Authorization Server upgrades it). The
     * {@code bench} profile has its own ({@code BenchmarkClientSecret}).
     */
    @Bean
    @Profile("!bench")
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        IdentityProperties.UserEntry entry = users.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException(username);
        }
        return new ReportingUser(entry);
    }
}
