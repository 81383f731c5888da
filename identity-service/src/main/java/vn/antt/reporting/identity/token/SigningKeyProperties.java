package vn.antt.reporting.identity.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the key that signs every token comes from.
 *
 * @param location an RSA private key as a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}), e.g.
 *                 {@code file:/run/secrets/identity-signing-key.pem}, made with
 *                 {@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072}. Absent: a key is
 *                 generated at start-up, so a restart invalidates every token issued before (fine for the demo).
 * @param keyId    the {@code kid} published in the JWKS; absent: the key's RFC 7638 thumbprint, which stays the
 *                 same across restarts with the same file
 */
@ConfigurationProperties("identity.signing-key")
public record SigningKeyProperties(Resource location, String keyId) {
}
