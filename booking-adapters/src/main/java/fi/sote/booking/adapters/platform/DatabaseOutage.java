package fi.sote.booking.adapters.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells a failure to reach the database from every other failure, so that it is answered 503 with
 * {@code Retry-After} instead of 500, and keeps an outage to two lines of log: a warning when it begins and a line
 * when the database answers again, however many requests fail in between. While an outage lasts, a probe asks the
 * database every {@code booking.database.probe-every} whether it is back; readiness is down meanwhile through the
 * datasource's own health check.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** What kept a piece of work from the database. */
    public enum Failure {
        /** No connection can be made or kept: the server is down, restarting or out of reach. */
        UNREACHABLE(5),
        /** The server is there, but no pooled connection came free (or no lock was granted) within its bound. */
        BUSY(1);

        private final int retryAfterSeconds;

        Failure(int retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** The seconds a caller is asked to wait before trying again. */
        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /** SQLSTATE classes and codes of a lost or refused connection: 08 connection exception, 57P01..03 shutdowns. */
    private static final Set<String> SHUT_DOWN = Set.of("57P01", "57P02", "57P03");

    /** A transaction the database aborted to break a deadlock, or as a serialization failure: worth another try. */
    private static final Set<String> ABORTED = Set.of("40P01", "40001");

    /**
     * Lock not available (a {@code lock_timeout} reached), too many connections, and a transaction aborted by the
     * database as often as {@link TransactionsTriedAgain} tries it.
     */
    private static final Set<String> BUSY_STATES = Set.of("55P03", "53300", "40P01", "40001");

    private final DataSource dataSource;
    private final Duration probeEvery;
    /**
     * The outage under way, if any. Static so that {@link DatabaseOutageLogFilter}, which the logging system makes
     * before any bean exists, can read it; the service has one datasource and so one outage at a time.
     */
    private static final AtomicReference<Outage> CURRENT = new AtomicReference<>();

    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-probe");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseOutage(
            DataSource dataSource,
            @ConfigProperty(name = "booking.database.probe-every", defaultValue = "PT0.5S") Duration probeEvery) {
        this.dataSource = dataSource;
        this.probeEvery = probeEvery;
    }

    /**
     * What kept {@code failure} from the database, if that is what failed; an unreachable database begins an outage
     * (logged once) or counts towards the one under way.
     */
    public Optional<Failure> recognise(Throwable failure) {
        Optional<Failure> kind = classify(failure);
        if (kind.orElse(null) == Failure.UNREACHABLE) {
            Outage began = new Outage(System.nanoTime());
            Outage outage = CURRENT.compareAndExchange(null, began);
            if (outage == null) {
                LOG.warnf(
                        "The database cannot be reached (%s); requests that need it are answered 503 until it answers"
                                + " again",
                        rootMessage(failure));
                probe.schedule(this::probe, probeEvery.toMillis(), TimeUnit.MILLISECONDS);
                outage = began;
            }
            outage.failures.incrementAndGet();
        }
        return kind;
    }

    /** Whether an outage is under way: the database failed to answer and has not answered the probe since. */
    static boolean underWay() {
        return CURRENT.get() != null;
    }

    static Optional<Failure> classify(Throwable failure) {
        Failure found = null;
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return Optional.of(Failure.UNREACHABLE);
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || SHUT_DOWN.contains(state))) {
                    return Optional.of(Failure.UNREACHABLE);
                }
                if ((state != null && BUSY_STATES.contains(state)) || acquisitionTimedOut(sql)) {
                    found = Failure.BUSY;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the database aborted the transaction to break a deadlock or a serialization conflict. */
    static boolean abortedByTheDatabase(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql && ABORTED.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure, its causes, and what was suppressed along the way, each once: a commit that lost its connection
     * is a {@code RollbackException} whose database error is a suppressed {@code XAException}'s cause.
     */
    private static Collection<Throwable> causes(Throwable failure) {
        Set<Throwable> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable cause = next.pop();
            if (found.add(cause)) {
                if (cause.getCause() != null) {
                    next.add(cause.getCause());
                }
                next.addAll(Arrays.asList(cause.getSuppressed()));
            }
        }
        return found;
    }

    /** Agroal's "Sorry, acquisition timeout!" and its kin, which carry no SQLSTATE. */
    private static boolean acquisitionTimedOut(SQLException e) {
        return e.getSQLState() == null
                && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    private void probe() {
        Outage outage = CURRENT.get();
        if (outage == null) {
            return;
        }
        boolean answered;
        try (Connection connection = dataSource.getConnection()) {
            answered = connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            answered = false;
        }
        if (!answered) {
            probe.schedule(this::probe, probeEvery.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        CURRENT.set(null);
        LOG.infof(
                "The database answers again after %d ms; %d request(s) or task(s) failed to reach it meanwhile",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - outage.began), outage.failures.get());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @PreDestroy
    void stop() {
        probe.shutdownNow();
    }

    private static final class Outage {
        final long began;
        final AtomicLong failures = new AtomicLong();

        Outage(long began) {
            this.began = began;
        }
    }
}
