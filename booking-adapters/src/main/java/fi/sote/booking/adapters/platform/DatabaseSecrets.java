package fi.sote.booking.adapters.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import fi.sote.booking.adapters.security.SecretFiles;

/**
 * The passwords of the embedded PostgreSQL's roles: one file per role in a directory only the
 * operating-system user that runs the service may open, each holding 32 random bytes in URL-safe
 * base64. Made on first use and kept, so the roles keep their passwords across restarts.
 */
final class DatabaseSecrets {

    private final Path directory;
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private DatabaseSecrets(Path directory) {
        this.directory = directory;
    }

    static DatabaseSecrets loadOrCreate(Path directory, String... roles) {
        DatabaseSecrets secrets = new DatabaseSecrets(directory);
        try {
            SecretFiles.ownerOnlyDirectory(directory);
            SecureRandom random = new SecureRandom();
            for (String role : roles) {
                Path file = secrets.file(role);
                if (!Files.exists(file)) {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    SecretFiles.write(
                            file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
                }
                secrets.passwords.put(
                        role, Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the database passwords in " + directory, e);
        }
        return secrets;
    }

    Path file(String role) {
        return directory.resolve(role);
    }

    String password(String role) {
        String password = passwords.get(role);
        if (password == null) {
            throw new IllegalArgumentException("No password for the role " + role);
        }
        return password;
    }
}
