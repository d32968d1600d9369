package fi.sote.booking.adapters.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of the local security mode: the service signs its demo tokens with the private
 * key and quarkus-oidc verifies every bearer token with the public key. Created once in
 * {@code <data dir>/keys} and reused, so tokens stay valid across restarts.
 */
public final class LocalSigningKey {

    static final String PRIVATE_KEY_FILE = "local-signing-key.pem";
    static final String PUBLIC_KEY_FILE = "local-signing-key.pub.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LocalSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static synchronized LocalSigningKey loadOrCreate(Path keysDirectory) {
        Path privateFile = keysDirectory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = keysDirectory.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new LocalSigningKey(
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))),
                        rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(keysDirectory);
            writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            return new LocalSigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the local signing key in " + keysDirectory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The local signing key in " + keysDirectory + " is unusable", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key as quarkus-oidc's {@code public-key} property takes it: base64 of the DER form. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
        if (secret) {
            SecretFiles.write(file, pem);
        } else {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        }
    }
}
