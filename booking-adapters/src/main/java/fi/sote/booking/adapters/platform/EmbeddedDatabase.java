package fi.sote.booking.adapters.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the service starts for itself when no JDBC URL is configured, so that a
 * newcomer needs nothing but a JDK. Its data lives in {@code <data dir>/postgres} and survives
 * restarts. Unlike the test-oriented defaults of the library, it commits durably: fsync and
 * synchronous commit are on unless explicitly turned off (the tests do, for speed).
 *
 * <p>The schema belongs to {@value #OWNER_ROLE}, an ordinary role that owns the
 * {@value #DATABASE} database but is not a superuser; the migrations run as it. The service itself
 * connects as {@value #SERVICE_ROLE}, which owns nothing: it may read and write the tables but not
 * change or remove what the access and disclosure logs hold (migration V7).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "booking";
    static final String OWNER_ROLE = "booking";
    public static final String SERVICE_ROLE = "booking_service";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static EmbeddedDatabase shared;

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** Settings of the embedded server; see the configuration table in the README. */
    public record Settings(Path directory, int port, boolean durable, Duration startupWait) {}

    /**
     * The server of this process, started on first use. The service calls this while its
     * configuration is being read, so the datasource finds a running server.
     */
    public static synchronized EmbeddedDatabase shared(Settings settings) {
        if (shared == null) {
            shared = start(settings);
        }
        return shared;
    }

    /** Stops the server of this process, if one was started. */
    public static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    public static EmbeddedDatabase start(Settings settings) {
        Path directory = settings.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            String synchronous = settings.durable() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .setPGStartupWait(settings.startupWait())
                    .setLocaleConfig("locale", "C.UTF-8")
                    // the library starts the server with -F (fsync off); a later setting wins
                    .setServerConfig("fsync", synchronous)
                    .setServerConfig("synchronous_commit", synchronous)
                    .setServerConfig("full_page_writes", synchronous)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
            database.ensureApplicationDatabase();
            LOG.infof(
                    "Embedded PostgreSQL is running on port %d with its data in %s (durable commits: %s)",
                    postgres.getPort(), directory, synchronous);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * The URL carries the user: the server accepts local connections without a password (it
     * listens on localhost only), and the URL is the one datasource setting read by name.
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE + "?user=" + OWNER_ROLE;
    }

    /** The URL the running service connects with: as {@value #SERVICE_ROLE}, which owns nothing. */
    public String serviceJdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE + "?user=" + SERVICE_ROLE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.infof("Embedded PostgreSQL stopped; data kept in %s", directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a data directory; the tests start from an empty database with it. */
    public static void deleteDirectory(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureApplicationDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", OWNER_ROLE)) {
                statement.execute("create role " + OWNER_ROLE + " login nosuperuser nocreatedb nocreaterole");
            }
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", SERVICE_ROLE)) {
                statement.execute("create role " + SERVICE_ROLE + " login nosuperuser nocreatedb nocreaterole");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute(
                        "create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8' template template0");
                LOG.infof("Created the database '%s' in the embedded PostgreSQL", DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
        // Created by the superuser here, so the migration's "create extension if not exists" is a
        // no-op; on an external server the migration creates it (btree_gist is a trusted extension).
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists btree_gist");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the btree_gist extension", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
