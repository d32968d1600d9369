package fi.sote.booking.adapters.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories of secrets the service keeps under its data directory (keys, tokens,
 * database passwords): readable and writable by the operating-system user that runs the service
 * only. On a file system without POSIX permissions the protection of the data directory applies.
 */
public final class SecretFiles {

    private SecretFiles() {}

    /** Creates the directory if needed and closes it to everyone but its owner. */
    public static void ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, "rwx------");
    }

    /** Writes the text and makes the file readable by its owner only. */
    public static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        restrict(file, "rw-------");
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
