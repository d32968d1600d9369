package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;

/**
 * Raises the work-safety alerts that have fallen due: once when the service starts (so alerts that
 * fell due while no instance was running are raised at once) and then every
 * {@code booking.work-safety.check-every}. Each alert is raised once whichever instance gets there
 * first; listing alerts raises due ones too, so the list never waits for this schedule. A failed run
 * loses no alert: it is only raised a little later.
 */
@ApplicationScoped
class DueAlertSchedule {

    private static final Logger LOG = Logger.getLogger(DueAlertSchedule.class);

    private final WorkSafetyAlerts alerts;
    private final Duration every;
    private final Periodic background;
    private Periodic.Running periodic;

    DueAlertSchedule(
            Periodic background,
            WorkSafetyAlerts alerts,
            @ConfigProperty(name = "booking.work-safety.check-every", defaultValue = "PT1M") Duration every) {
        this.alerts = alerts;
        this.every = every;
        this.background = background;
    }

    void start(@Observes StartupEvent started) {
        periodic = background.inTransaction(
                "due-alerts",
                every,
                LOG,
                "Raised %d work-safety alert(s) of visits not checked out of in time",
                alerts::raiseDue);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }
}
