package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.sote.booking.adapters.platform.DatabaseOutage;

/**
 * Background work: once at once, then every {@code every} on a daemon thread of its own. A failed run is logged and
 * the next one tries again, so the work must be safe to repeat and safe to run on several instances at the same time.
 * A run that fails because the database is away adds nothing to the log: the outage is logged once, where it begins
 * and ends ({@link DatabaseOutage}).
 */
@ApplicationScoped
class Periodic {

    private final DatabaseOutage outage;

    Periodic(DatabaseOutage outage) {
        this.outage = outage;
    }

    /**
     * Starts the work in a transaction of its own each run; it answers how many things it did, and {@code done} (a
     * format with one {@code %d}; null for work too frequent to log each run) is logged when that is more than none.
     */
    Running inTransaction(String name, Duration every, Logger log, String done, IntSupplier work) {
        return start(
                name, every, log, done, () -> QuarkusTransaction.requiringNew().call(work::getAsInt));
    }

    /**
     * The work with a request context of its own, which the ORM wants even outside a transaction (the catalogue and
     * the client records are read through it).
     */
    static IntSupplier inRequestContext(IntSupplier work) {
        return () -> {
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                return work.getAsInt();
            } finally {
                context.terminate();
            }
        };
    }

    /** Starts work that opens its own transactions. */
    Running start(String name, Duration every, Logger log, String done, IntSupplier work) {
        Runnable run = () -> {
            try {
                int count = work.getAsInt();
                if (count > 0 && done != null) {
                    log.infof(done, count);
                }
            } catch (RuntimeException e) {
                if (outage.recognise(e).isEmpty()) {
                    log.warnf(e, "%s failed; trying again in %s", name, every);
                }
            }
        };
        run.run();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Running(executor);
    }

    /** Work started, until it is stopped. */
    static final class Running {

        private final ScheduledExecutorService executor;

        private Running(ScheduledExecutorService executor) {
            this.executor = executor;
        }

        void stop() {
            executor.shutdownNow();
        }
    }
}
