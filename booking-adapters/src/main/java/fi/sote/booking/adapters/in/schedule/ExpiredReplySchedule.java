package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase;

/**
 * Deletes the replies to idempotency keys that are past their retention ({@code booking.idempotency.retention}):
 * when the service starts and then every {@code booking.idempotency.forget-every}, so that no reply outlives its
 * retention by more than that. Any instance may do it; deleting twice deletes nothing more.
 */
@ApplicationScoped
class ExpiredReplySchedule {

    private static final Logger LOG = Logger.getLogger(ExpiredReplySchedule.class);

    private final RunOncePerKeyUseCase replies;
    private final Duration every;
    private final Periodic background;
    private Periodic.Running periodic;

    ExpiredReplySchedule(
            Periodic background,
            RunOncePerKeyUseCase replies,
            @ConfigProperty(name = "booking.idempotency.forget-every", defaultValue = "PT10M") Duration every) {
        this.replies = replies;
        this.every = every;
        this.background = background;
    }

    void start(@Observes StartupEvent started) {
        periodic = background.inTransaction(
                "expired-replies",
                every,
                LOG,
                "Deleted %d idempotent reply(ies) past their retention",
                replies::forgetExpired);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }
}
