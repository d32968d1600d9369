package fi.sote.booking.adapters.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>Every connection, local or over the loopback interface, authenticates with a password
 * (scram-sha-256). The passwords of the superuser and of both roles are generated on first start
 * and kept in {@code <data dir>/postgres-secrets}, readable by the operating-system user that runs
 * the service only. A data directory made by an older version, which trusted local connections, is
 * given the passwords and the same rules on its next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "booking";
    static final String OWNER_ROLE = "booking";
    public static final String SERVICE_ROLE = "booking_service";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static EmbeddedDatabase shared;

    /** Counted down when the running service begins to stop, and when the shared server has stopped. */
    private static final CountDownLatch SERVICE_STOPPING = new CountDownLatch(1);

    private static final CountDownLatch SHARED_STOPPED = new CountDownLatch(1);

    static final String SUPERUSER = "postgres";
    /** The lock a running server's service holds on its directory (zonky's). */
    static final String LOCK_FILE = "epg-lock";

    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD_RULES = """
            # written by the service: every connection gives its role's password
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final DatabaseSecrets secrets;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, DatabaseSecrets secrets) {
        this.postgres = postgres;
        this.directory = directory;
        this.secrets = secrets;
    }

    /** Settings of the embedded server; see the configuration table in the README. */
    public record Settings(Path directory, int port, boolean durable, Duration startupWait) {}

    /**
     * The server of this process, started on first use. The service calls this while its
     * configuration is being read, so the datasource finds a running server.
     */
    public static synchronized EmbeddedDatabase shared(Settings settings) {
        if (shared == null) {
            shared = start(settings, false);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(EmbeddedDatabase::stopSharedLast, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** Stops the server of this process, if one was started. */
    public static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
        SHARED_STOPPED.countDown();
    }

    /** The service has begun to stop: the server must serve its running requests until {@link #stopShared()}. */
    static void serviceStopping() {
        SERVICE_STOPPING.countDown();
    }

    /**
     * The JVM's last word on the shared server. Quarkus' own shutdown runs alongside in a hook of its own, so a
     * running service (which begins its shutdown at once) is left to stop the server after its last request; only a
     * process that never got so far (a start that failed) has it stopped here at once.
     */
    private static void stopSharedLast() {
        try {
            if (SERVICE_STOPPING.await(2, TimeUnit.SECONDS)) {
                SHARED_STOPPED.await(2, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopShared();
    }

    /** Starts a server of its own, which the JVM stops when it exits. */
    public static EmbeddedDatabase start(Settings settings) {
        return start(settings, true);
    }

    private static EmbeddedDatabase start(Settings settings, boolean stopWithTheJvm) {
        Path directory = settings.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopServerLeftRunning(directory);
            DatabaseSecrets secrets = DatabaseSecrets.loadOrCreate(
                    directory.resolveSibling(directory.getFileName() + "-secrets"),
                    SUPERUSER,
                    OWNER_ROLE,
                    SERVICE_ROLE);
            String synchronous = settings.durable() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .setPGStartupWait(settings.startupWait())
                    .setRegisterShutdownHook(stopWithTheJvm)
                    .setLocaleConfig("locale", "C.UTF-8")
                    // a new cluster asks for passwords from its first start (initdb's later --auth wins over -A trust)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", secrets.file(SUPERUSER).toString())
                    // the library's own connections (readiness, stop) as the superuser, with its password
                    .setConnectConfig("password", secrets.password(SUPERUSER))
                    // the library starts the server with -F (fsync off); a later setting wins
                    .setServerConfig("fsync", synchronous)
                    .setServerConfig("synchronous_commit", synchronous)
                    .setServerConfig("full_page_writes", synchronous)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory, secrets);
            database.ensureApplicationDatabase();
            database.requirePasswords();
            LOG.infof(
                    "Embedded PostgreSQL is running on port %d with its data in %s (durable commits: %s)",
                    postgres.getPort(), directory, synchronous);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * The URL of the schema's owner. It carries the user and the password: the URL is the one
     * datasource setting read by name (see ADR 0002), and nothing logs it whole.
     */
    public String jdbcUrl() {
        return url(OWNER_ROLE);
    }

    /** The URL the running service connects with: as {@value #SERVICE_ROLE}, which owns nothing. */
    public String serviceJdbcUrl() {
        return url(SERVICE_ROLE);
    }

    String ownerPassword() {
        return secrets.password(OWNER_ROLE);
    }

    private String url(String role) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE + "?user=" + role + "&password="
                + secrets.password(role);
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
            for (String role : new String[] {OWNER_ROLE, SERVICE_ROLE}) {
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                    statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole");
                }
            }
            // every start: a data directory from before the passwords gets them, and a lost secret is replaced
            for (String role : new String[] {SUPERUSER, OWNER_ROLE, SERVICE_ROLE}) {
                statement.execute("alter role " + role + " password " + literal(secrets.password(role)));
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

    /**
     * A server that a service left running on the directory when it died without stopping it (killed, or its machine
     * froze) is stopped before this start, which would otherwise wait for it in vain; a server that belongs to a
     * service still running (it holds the directory's lock, {@value #LOCK_FILE}) refuses this start at once.
     */
    static void stopServerLeftRunning(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel =
                FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException held) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + directory + " is in use by a running "
                        + "service. Stop that service first, or give this one a data directory of its own "
                        + "(BOOKING_DATA_DIR).");
            }
            try {
                serverLeftRunning(directory, pidFile).ifPresent(server -> stop(server, directory));
            } finally {
                lock.release();
            }
        }
    }

    /** The live server named by the directory's pid file, if it is a PostgreSQL server of this directory. */
    private static Optional<ProcessHandle> serverLeftRunning(Path directory, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Path serving = Path.of(lines.get(1).strip());
        if (!Files.exists(serving) || !Files.isSameFile(serving, directory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false));
    }

    private static void stop(ProcessHandle server, Path directory) {
        LOG.warnf(
                "An embedded PostgreSQL (process %d) was left running on %s by a service that ended without "
                        + "stopping it; stopping it before this start",
                server.pid(), directory);
        // SIGTERM, a smart shutdown: the clients it waits for died with the service that had them
        server.destroy();
        try {
            server.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL left running on " + directory + " (process "
                    + server.pid() + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds()
                    + " s; stop it, then start the service again.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the embedded PostgreSQL left running to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL left running stopped", e);
        }
    }

    /**
     * Writes the rules that ask every connection for its password, and has the server read them
     * again if they were different (a data directory made when local connections were trusted).
     */
    private void requirePasswords() {
        Path rules = directory.resolve("pg_hba.conf");
        try {
            if (Files.readString(rules).equals(PASSWORD_RULES)) {
                return;
            }
            Files.writeString(rules, PASSWORD_RULES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + rules, e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reload the embedded database's connection rules", e);
        }
        LOG.info("The embedded PostgreSQL now asks every connection for its password");
    }

    private static String literal(String password) {
        // generated from [A-Za-z0-9_-]; quoted all the same
        return "'" + password.replace("'", "''") + "'";
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
