package vn.antt.reporting.identity.token;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.JWKGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The token signing key, published at {@code /oauth2/jwks}. Replaces Boot's default (a key generated at start-up)
 * so that production can keep its key across restarts.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyProperties properties) throws IOException, JOSEException {
        RSAKey key = properties.location() == null ? generated(properties.keyId()) : read(properties.location(), properties.keyId());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** A fresh key: restarting the service invalidates every token it issued before. */
    private static RSAKey generated(String keyId) throws JOSEException {
        JWKGenerator<RSAKey> generator = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
        RSAKey key = (StringUtils.hasText(keyId) ? generator.keyID(keyId) : generator.keyIDFromThumbprint(true)).generate();
        log.warn("Signing key {} generated at start-up: tokens issued before a restart will be refused "
                + "(set identity.signing-key.location to keep a key)", key.getKeyID());
        return key;
    }

    static RSAKey read(Resource location, String keyId) throws IOException, JOSEException {
        RSAPrivateKey privateKey;
        try (InputStream pem = location.getInputStream()) {
            privateKey = RsaKeyConverters.pkcs8().convert(pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("identity.signing-key.location " + location
                    + " is not a PKCS#8 RSA key (-----BEGIN PRIVATE KEY-----); convert with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem'", e);
        }
        // The public half is derived from the private key's CRT parameters: one file to manage, never two that disagree.
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("identity.signing-key.location " + location + " lacks the RSA public exponent");
        }
        RSAPublicKey publicKey;
        try {
            publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public key of " + location, e);
        }
        RSAKey.Builder key = new RSAKey.Builder(publicKey).privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
        RSAKey signingKey = StringUtils.hasText(keyId) ? key.keyID(keyId).build() : key.keyIDFromThumbprint().build();
        log.info("Signing key {} read from {}", signingKey.getKeyID(), location);
        return signingKey;
    }
}
