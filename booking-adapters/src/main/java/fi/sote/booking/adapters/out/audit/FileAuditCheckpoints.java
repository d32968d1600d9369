package fi.sote.booking.adapters.out.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fi.sote.booking.application.audit.port.out.AuditCheckpoints;
import fi.sote.booking.domain.audit.AuditCheckpoint;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Checkpoints of the access log's chains kept outside the database: one small file per organisation in
 * {@code booking.audit.checkpoint-dir} (sequence and hash, replaced whole when the chain moves on), and the same
 * line in the service's log, which a county ships off the machine, at most once a minute per organisation. Keep the directory where the database's owner
 * cannot write: another volume, or storage of its own.
 */
@ApplicationScoped
class FileAuditCheckpoints implements AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(FileAuditCheckpoints.class);

    /** How often the log gets an organisation's checkpoint line at most. */
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final Path directory;
    private final Map<OrganisationId, Instant> logged = new HashMap<>();

    FileAuditCheckpoints(@ConfigProperty(name = "booking.audit.checkpoint-dir") Path directory) {
        this.directory = directory;
    }

    @Override
    public synchronized void keep(OrganisationId organisation, AuditCheckpoint checkpoint) {
        if (latest(organisation)
                .map(kept -> kept.sequence() >= checkpoint.sequence())
                .orElse(false)) {
            return;
        }
        String line = checkpoint.sequence() + " " + HexFormat.of().formatHex(checkpoint.hash());
        // the log line first: it leaves the machine even when the directory cannot be written
        Instant now = Instant.now();
        Instant last = logged.get(organisation);
        if (last == null || !now.isBefore(last.plus(LOG_EVERY))) {
            LOG.infof("Audit checkpoint of %s: %s", organisation.value(), line);
            logged.put(organisation, now);
        }
        try {
            Files.createDirectories(directory);
            Path written = Files.createTempFile(directory, organisation.value(), ".tmp");
            Files.writeString(written, line + "\n", StandardCharsets.US_ASCII);
            Files.move(
                    written, file(organisation), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint could not be kept in " + directory, e);
        }
    }

    @Override
    public Optional<AuditCheckpoint> latest(OrganisationId organisation) {
        Path file = file(organisation);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts =
                    Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return Optional.of(
                    new AuditCheckpoint(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1])));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint of " + organisation.value() + " cannot be read", e);
        }
    }

    private Path file(OrganisationId organisation) {
        return directory.resolve(organisation.value() + ".checkpoint");
    }
}
