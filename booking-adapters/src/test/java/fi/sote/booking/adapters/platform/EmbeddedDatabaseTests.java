package fi.sote.booking.adapters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("create table booking_probe (note text)");
            statement.execute("insert into booking_probe values ('committed before the stop')");
        }

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
