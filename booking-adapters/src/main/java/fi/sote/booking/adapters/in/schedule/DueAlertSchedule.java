package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;

/**
 * Raises the work-safety alerts that have fallen due: once when the service starts (so alerts that
 * fell due while no instance was running are raised at once) and then every
 * {@code booking.work-safety.check-every}. Each alert is raised once whichever instance gets there
 * first; listing alerts raises due ones too, so the list never waits for this schedule.
 */
@ApplicationScoped
class DueAlertSchedule {

    private static final Logger LOG = Logger.getLogger(DueAlertSchedule.class);

    private final WorkSafetyAlerts alerts;
    private final Duration every;
    private ScheduledExecutorService executor;

    DueAlertSchedule(
            WorkSafetyAlerts alerts,
            @ConfigProperty(name = "booking.work-safety.check-every", defaultValue = "PT1M") Duration every) {
        this.alerts = alerts;
        this.every = every;
    }

    void start(@Observes StartupEvent started) {
        raise();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "due-alerts");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::raise, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void raise() {
        try {
            int raised = QuarkusTransaction.requiringNew().call(alerts::raiseDue);
            if (raised > 0) {
                LOG.infof("Raised %d work-safety alert(s) of visits not checked out of in time", raised);
            }
        } catch (RuntimeException e) {
            // the next run tries again; an alert is never lost, only raised a little later
            LOG.warn("Raising due work-safety alerts failed; trying again at the next run", e);
        }
    }
}
