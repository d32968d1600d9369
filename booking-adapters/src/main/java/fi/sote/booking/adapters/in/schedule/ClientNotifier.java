package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;

/**
 * Tells clients of their bookings every {@code booking.notifications.every}, on every instance (one at a time per
 * organisation: {@link NotifyClientsUseCase}), each statement in a transaction of its own so that no transaction stays
 * open while a message is sent. {@code booking_client_messages_sent_total} counts the messages.
 */
@ApplicationScoped
class ClientNotifier {

    private static final Logger LOG = Logger.getLogger(ClientNotifier.class);

    private final NotifyClientsUseCase notifications;
    private final Periodic background;
    private final Duration every;
    private final Counter sent;
    private Periodic.Running periodic;

    ClientNotifier(
            NotifyClientsUseCase notifications,
            Periodic background,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.notifications.every", defaultValue = "PT2S") Duration every) {
        this.notifications = notifications;
        this.background = background;
        this.every = every;
        this.sent = metrics.counter("booking_client_messages_sent");
    }

    void start(@Observes StartupEvent started) {
        periodic = background.start("client-messages", every, LOG, null, this::notifyClients);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }

    int notifyClients() {
        // the client records are read through the ORM, which wants a request context even outside a transaction
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            int count = notifications.notifyClients();
            sent.increment(count);
            return count;
        } finally {
            context.terminate();
        }
    }
}
