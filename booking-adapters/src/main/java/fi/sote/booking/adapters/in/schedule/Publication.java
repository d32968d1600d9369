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

import fi.sote.booking.application.publication.port.in.PublishBookingsUseCase;

/**
 * Publishes the bookings' changes to the national appointment register every {@code booking.publication.every}, on
 * every instance (one at a time per organisation), each statement in a transaction of its own so that no transaction
 * stays open while the register is called. {@code booking_appointments_published_total} counts the publications.
 */
@ApplicationScoped
class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class);

    private final PublishBookingsUseCase publish;
    private final Periodic background;
    private final Duration every;
    private final boolean enabled;
    private final Counter published;
    private Periodic.Running running;

    Publication(
            PublishBookingsUseCase publish,
            Periodic background,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.publication.every", defaultValue = "PT5S") Duration every,
            @ConfigProperty(name = "booking.publication.mode", defaultValue = "in-process") String mode) {
        this.publish = publish;
        this.background = background;
        this.every = every;
        this.enabled = !mode.equals("none");
        this.published = metrics.counter("booking_appointments_published");
    }

    void start(@Observes StartupEvent started) {
        if (enabled) {
            running = background.start("publication", every, LOG, null, Periodic.inRequestContext(this::publish));
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (running != null) {
            running.stop();
        }
    }

    private int publish() {
        int count = publish.publish();
        published.increment(count);
        return count;
    }
}
