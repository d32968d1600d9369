package fi.sote.booking.adapters.platform;

import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps an outage of the database to the two lines {@link DatabaseOutage} writes: while it lasts, the warnings that
 * the connection pool and the transaction manager would write for every failed connection and rollback are dropped,
 * as is such a warning caused by a lost connection at any time. Errors always pass. Set on the console handler
 * ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = "database-outage")
public final class DatabaseOutageLogFilter implements Filter {

    /** The loggers that repeat, per connection or transaction, what the outage's two lines say once. */
    private static final Set<String> REPEATING = Set.of("io.agroal.pool", "com.arjuna.ats.jta");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue() || !REPEATING.contains(record.getLoggerName())) {
            return true;
        }
        boolean lostConnection = record.getThrown() != null
                && DatabaseOutage.classify(record.getThrown()).orElse(null) == DatabaseOutage.Failure.UNREACHABLE;
        return !lostConnection && !DatabaseOutage.underWay();
    }
}
