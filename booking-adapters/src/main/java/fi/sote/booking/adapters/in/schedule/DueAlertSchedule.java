package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.notification.port.in.PushAlertsUseCase;
import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;

/**
 * Raises the work-safety alerts that have fallen due and pushes them to the supervisors (and, unacknowledged after
 * {@code booking.work-safety.escalate-after}, to their second contacts): once when the service starts (so alerts that
 * fell due while no instance was running are raised at once) and then every {@code booking.work-safety.check-every}.
 * Each alert is raised and pushed once whichever instance gets there first; listing alerts raises due ones too, so the
 * list never waits for this schedule. A failed run loses no alert: it is only raised or pushed a little later.
 * {@code booking_work_safety_messages_sent_total} counts the pushed alerts.
 */
@ApplicationScoped
class DueAlertSchedule {

    private static final Logger LOG = Logger.getLogger(DueAlertSchedule.class);

    private final WorkSafetyAlerts alerts;
    private final PushAlertsUseCase pushes;
    private final Counter pushed;
    private final Duration every;
    private final Periodic background;
    private Periodic.Running periodic;

    DueAlertSchedule(
            Periodic background,
            WorkSafetyAlerts alerts,
            PushAlertsUseCase pushes,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.work-safety.check-every", defaultValue = "PT15S") Duration every) {
        this.alerts = alerts;
        this.pushes = pushes;
        this.pushed = metrics.counter("booking_work_safety_messages_sent");
        this.every = every;
        this.background = background;
    }

    void start(@Observes StartupEvent started) {
        // raising is one statement, and no transaction stays open while an alert is sent
        periodic = background.start(
                "due-alerts",
                every,
                LOG,
                "Raised %d work-safety alert(s) of visits not checked out of in time",
                Periodic.inRequestContext(this::raiseAndPush));
    }

    /** Raises the alerts due (one statement: each is raised once) and pushes those due; answers how many it raised. */
    private int raiseAndPush() {
        int raised = alerts.raiseDue();
        int sent = pushes.pushAlerts();
        if (sent > 0) {
            LOG.infof("Pushed %d work-safety alert message(s)", sent);
        }
        pushed.increment(sent);
        return raised;
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }
}
