package fi.sote.booking.adapters.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;

/**
 * The secret that keeps personal identity codes unreadable in the database: from it come a key for
 * the keyed hash that serves as the client's reference and lookup (HMAC-SHA-256), a key for
 * encrypting the code and the stored replies to idempotency keys (AES-256-GCM), and the key of the
 * access log's chain. It comes from {@code booking.client-identity.key} (base64 of at
 * least 32 random bytes); in the local security mode, when that is not set, it is generated once in
 * {@code <data dir>/keys}. In the oidc mode the service does not start without it.
 */
@Singleton
@Startup
public class ClientIdentityKey {

    static final String PROPERTY = "booking.client-identity.key";
    static final String FILE = "client-identity.key";
    private static final int GCM_NONCE_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final byte[] lookupKey;
    private final byte[] encryptionKey;
    private final byte[] auditChainKey;
    private final long statisticsSeed;

    ClientIdentityKey(
            @ConfigProperty(name = PROPERTY) Optional<String> configured,
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) SecurityMode mode,
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.DATA_DIR) Path dataDirectory) {
        byte[] secret = configured
                .filter(value -> !value.isBlank())
                .map(ClientIdentityKey::decode)
                .orElseGet(() -> {
                    if (mode != SecurityMode.LOCAL) {
                        throw new IllegalStateException(
                                "Set booking.client-identity.key (BOOKING_CLIENT_IDENTITY_KEY): base64 "
                                        + "of at least 32 random bytes, e.g. from 'openssl rand -base64 32'. It protects the "
                                        + "personal identity codes in the database; keep it out of the database and its backups.");
                    }
                    return loadOrCreate(dataDirectory.resolve("keys"));
                });
        this.lookupKey = hmac(secret, "client-identity lookup v1".getBytes(StandardCharsets.UTF_8));
        this.encryptionKey = hmac(secret, "client-identity encryption v1".getBytes(StandardCharsets.UTF_8));
        this.auditChainKey = hmac(secret, "audit chain v1".getBytes(StandardCharsets.UTF_8));
        this.statisticsSeed = ByteBuffer.wrap(hmac(secret, "statistics cell keys v1".getBytes(StandardCharsets.UTF_8)))
                .getLong();
    }

    /**
     * The seed of the bookings' and clients' keys in the statistics' cell keys (see SmallCells): the
     * database hashes each id with it, and only the sums leave the database.
     */
    public long statisticsSeed() {
        return statisticsSeed;
    }

    /** The key of the access log's chain (AuditChain), which the database never sees. */
    public byte[] auditChainKey() {
        return auditChainKey.clone();
    }

    /** The keyed hash of {@code text}, base64url without padding. */
    public String hash(String text) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac(lookupKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code plain} encrypted with a fresh nonce, which leads the result; {@code context} must match on decryption. */
    public byte[] encrypt(String plain, String context) {
        byte[] nonce = new byte[GCM_NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = aesGcm(Cipher.ENCRYPT_MODE, nonce, context, plain.getBytes(StandardCharsets.UTF_8));
        byte[] result = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, result, 0, nonce.length);
        System.arraycopy(sealed, 0, result, nonce.length, sealed.length);
        return result;
    }

    public String decrypt(byte[] encrypted, String context) {
        byte[] nonce = Arrays.copyOf(encrypted, GCM_NONCE_BYTES);
        return new String(
                aesGcm(
                        Cipher.DECRYPT_MODE,
                        nonce,
                        context,
                        Arrays.copyOfRange(encrypted, GCM_NONCE_BYTES, encrypted.length)),
                StandardCharsets.UTF_8);
    }

    private byte[] aesGcm(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A client identity could not be sealed or opened: wrong key or tampered data", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("booking.client-identity.key is not base64");
        }
        if (secret.length < 32) {
            throw new IllegalStateException(
                    "booking.client-identity.key must hold at least 32 bytes, not " + secret.length);
        }
        return secret;
    }

    private static synchronized byte[] loadOrCreate(Path keysDirectory) {
        Path file = keysDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(keysDirectory);
            SecretFiles.write(file, Base64.getEncoder().encodeToString(secret) + "\n");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the client identity key in " + keysDirectory, e);
        }
    }
}
