package fi.sote.booking.adapters.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server the service starts by default, on its own, without Quarkus. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aCommittedRowSurvivesAStopAndStartOnTheSameDirectory() throws Exception {
        EmbeddedDatabase.Settings settings = settings(true);
        commitProbe(settings, "committed before the stop");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(single(connection, "select note from booking_probe")).isEqualTo("committed before the stop");
        }
    }

    @Test
    void theServiceDefaultCommitsDurablyAsAnOrdinaryRoleOnLocalhostOnly() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(true));
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(single(connection, "show fsync")).isEqualTo("on");
            assertThat(single(connection, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(connection, "show full_page_writes")).isEqualTo("on");
            assertThat(single(connection, "show listen_addresses")).isEqualTo("localhost");
            assertThat(single(connection, "select current_user")).isEqualTo("booking");
            assertThat(single(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
            assertThat(single(connection, "select count(*)::text from pg_extension where extname = 'btree_gist'"))
                    .isEqualTo("1");
            assertThat(database.directory())
                    .isEqualTo(dataDirectory.resolve("postgres").toAbsolutePath());
        }
    }

    @Test
    void theTestSettingTradesDurabilityForSpeedOnlyWhenAskedTo() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(false));
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(single(connection, "show synchronous_commit")).isEqualTo("off");
            assertThat(single(connection, "show fsync")).isEqualTo("off");
        }
    }

    @Test
    void everyConnectionGivesItsRolesPasswordWhichOnlyTheServicesUserCanRead() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(true))) {
            String server = "jdbc:postgresql://localhost:" + database.port() + "/booking";
            for (String role : new String[] {"postgres", "booking", "booking_service"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(server + "?user=" + role))
                        .as("%s without a password", role)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(server + "?user=" + role + "&password=demo"))
                        .as("%s with a guessed password", role)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            assertThat(Files.readString(database.directory().resolve("pg_hba.conf")))
                    .contains("local all all scram-sha-256")
                    .doesNotContain("trust");

            Path secrets = dataDirectory.resolve("postgres-secrets");
            assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(secrets)) {
                assertThat(files.toList())
                        .hasSize(3)
                        .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                                .isEqualTo(PosixFilePermissions.fromString("rw-------")));
            }
            String superuser = Files.readString(secrets.resolve("postgres")).strip();
            try (Connection connection = DriverManager.getConnection(server + "?user=postgres&password=" + superuser)) {
                assertThat(single(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
                        .isEqualTo("true");
            }
            try (Connection connection = DriverManager.getConnection(database.serviceJdbcUrl())) {
                assertThat(single(connection, "select current_user")).isEqualTo("booking_service");
            }
        }
    }

    @Test
    void aDataDirectoryThatTrustedLocalConnectionsIsGivenPasswordsOnItsNextStart() throws Exception {
        EmbeddedDatabase.Settings settings = settings(true);
        Path rules;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings)) {
            rules = database.directory().resolve("pg_hba.conf");
        }
        // as an older version left it: every local connection trusted, no passwords kept
        Files.writeString(rules, "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        EmbeddedDatabase.deleteDirectory(dataDirectory.resolve("postgres-secrets"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(single(connection, "select current_user")).isEqualTo("booking");
            assertThatThrownBy(() -> DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + database.port() + "/booking?user=postgres"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThat(Files.readString(rules)).doesNotContain("trust");
        }
    }

    @Test
    void aServerLeftRunningByAServiceThatWasKilledIsStoppedAndTheStartGoesOn() throws Exception {
        EmbeddedDatabase.Settings settings = settings(true);
        commitProbe(settings, "before the crash");
        // another JVM starts the server on the directory and is killed (SIGKILL): its server is left running
        Path ready = dataDirectory.resolve("ready");
        Process service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunsUntilKilled.class.getName(),
                        settings.directory().toString(),
                        ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("killed-service.log").toFile())
                .start();
        ProcessHandle left = null;
        try {
            for (int i = 0; i < 600 && !Files.exists(ready) && service.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertThat(ready)
                    .as(Files.readString(dataDirectory.resolve("killed-service.log")))
                    .exists();
            service.destroyForcibly().waitFor();
            left = serverOf(settings.directory());
            assertThat(left.isAlive()).as("the killed service's server runs on").isTrue();

            long started = System.nanoTime();
            try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                    Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
                assertThat(left.isAlive())
                        .as("the server left running was stopped")
                        .isFalse();
                assertThat(single(connection, "select note from booking_probe")).isEqualTo("before the crash");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("at once, not after the start's wait for a server")
                    .isLessThan(Duration.ofSeconds(30));
        } finally {
            service.destroyForcibly();
            if (left != null) {
                left.destroy();
            }
        }
    }

    /** A service in a JVM of its own: starts the embedded server on the directory, says so, and waits to be killed. */
    public static final class RunsUntilKilled {

        public static void main(String[] arguments) throws Exception {
            EmbeddedDatabase.start(
                    new EmbeddedDatabase.Settings(Path.of(arguments[0]), 0, false, Duration.ofSeconds(60)));
            Files.writeString(Path.of(arguments[1]), "ready");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aDirectoryInUseByARunningServiceIsRefusedAtOnceSayingWhatToDo() throws Exception {
        EmbeddedDatabase.Settings settings = settings(true);
        try (EmbeddedDatabase running = EmbeddedDatabase.start(settings)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedDatabase.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by a running service")
                    .hasMessageContaining("BOOKING_DATA_DIR");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("at once")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(serverOf(running.directory()).isAlive())
                    .as("the running one is left alone")
                    .isTrue();
        }
    }

    /** Starts the server, commits a row holding the note, and stops it. */
    private static void commitProbe(EmbeddedDatabase.Settings settings, String note) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("create table booking_probe (note text)");
            statement.execute("insert into booking_probe values ('" + note + "')");
        }
    }

    private static ProcessHandle serverOf(Path directory) throws Exception {
        long pid = Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private EmbeddedDatabase.Settings settings(boolean durable) {
        return new EmbeddedDatabase.Settings(dataDirectory.resolve("postgres"), 0, durable, Duration.ofSeconds(60));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
