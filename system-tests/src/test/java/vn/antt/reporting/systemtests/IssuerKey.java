package vn.antt.reporting.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The signing key the system tests give identity-service (as production would, from a file), so that they can sign
 * what it would have signed: a token of its own that has expired, which no other way yields within a test.
 */
final class IssuerKey {

    static final String KEY_ID = "system-tests";

    private final KeyPair keys;
    private final Path pem;

    IssuerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            pem = Files.createTempFile("identity-signing-key", ".pem");
            pem.toFile().deleteOnExit();
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** identity-service's arguments for this key (PKCS#8 PEM, as {@code identity.signing-key.location} expects). */
    List<String> identityArgs() {
        return List.of("--identity.signing-key.location=" + pem.toUri(), "--identity.signing-key.key-id=" + KEY_ID);
    }

    /** The token's claims as issued, valid until {@code expiresAt} (issued an hour before), signed again with this key. */
    String resigned(String token, Instant expiresAt) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet())
                    .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                    .notBeforeTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                    .expirationTime(Date.from(expiresAt))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("cannot sign the token again", e);
        }
    }
}
