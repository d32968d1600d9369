package fi.sote.booking.adapters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

/** How a failure is told to be the database's absence, and which warnings an outage keeps out of the log. */
class DatabaseOutageTests {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsTheDatabaseBeingUnreachable() {
        assertThat(DatabaseOutage.classify(wrapped(new SQLException("Connection refused", "08001"))))
                .contains(DatabaseOutage.Failure.UNREACHABLE);
        assertThat(DatabaseOutage.classify(
                        wrapped(new SQLException("An I/O error occurred", "08006", new IOException()))))
                .contains(DatabaseOutage.Failure.UNREACHABLE);
        assertThat(DatabaseOutage.classify(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(DatabaseOutage.Failure.UNREACHABLE);
        assertThat(DatabaseOutage.classify(wrapped(new SQLTransientConnectionException("gone"))))
                .contains(DatabaseOutage.Failure.UNREACHABLE);
        assertThat(DatabaseOutage.classify(
                        new SQLException("Sorry, acquisition timeout!", null, new SQLException("refused", "08001"))))
                .as("a timeout caused by a refused connection is the outage, not a busy pool")
                .contains(DatabaseOutage.Failure.UNREACHABLE);
        // a commit that lost its connection, as the transaction manager reports it
        RuntimeException commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertThat(DatabaseOutage.classify(wrapped(commit)))
                .as("the database's error suppressed in the commit's failure")
                .contains(DatabaseOutage.Failure.UNREACHABLE);
    }

    @Test
    void aPoolWithNoConnectionFreeOrALockNotGrantedInTimeIsBusy() {
        assertThat(DatabaseOutage.classify(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .contains(DatabaseOutage.Failure.BUSY);
        assertThat(DatabaseOutage.classify(
                        wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))))
                .contains(DatabaseOutage.Failure.BUSY);
    }

    @Test
    void anyOtherFailureIsNotTheDatabasesAbsence() {
        assertThat(DatabaseOutage.classify(wrapped(new SQLException("duplicate key value", "23505"))))
                .isEmpty();
        assertThat(DatabaseOutage.classify(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseOutage.classify(new SQLException("no state at all"))).isEmpty();
    }

    @Test
    void thePoolsAndTheTransactionManagersWarningsOfALostConnectionAreDroppedAndAllElsePasses() {
        DatabaseOutageLogFilter filter = new DatabaseOutageLogFilter();

        assertThat(filter.isLoggable(
                        record("com.arjuna.ats.jta", Level.WARNING, wrapped(new SQLException("closed", "08003")))))
                .isFalse();
        assertThat(filter.isLoggable(record("com.arjuna.ats.jta", Level.WARNING, new IllegalStateException())))
                .as("a warning of the transaction manager for another cause")
                .isTrue();
        assertThat(filter.isLoggable(
                        record("com.arjuna.ats.jta", Level.SEVERE, wrapped(new SQLException("closed", "08003")))))
                .as("errors always pass")
                .isTrue();
        assertThat(filter.isLoggable(record(
                        "fi.sote.booking.Anything", Level.WARNING, wrapped(new SQLException("closed", "08003")))))
                .as("other loggers are not touched")
                .isTrue();
        assertThat(filter.isLoggable(record("io.agroal.pool", Level.WARNING, null)))
                .as("no outage under way")
                .isTrue();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("could not execute statement", cause);
    }

    private static LogRecord record(String logger, Level level, Throwable thrown) {
        LogRecord record = new LogRecord(level, "warning");
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }
}
