package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.event.port.in.RelayEventsUseCase;
import fi.sote.booking.application.event.port.in.RelayEventsUseCase.Lag;

/**
 * Relays the outbox's events to the webhook subscriptions every {@code booking.webhooks.relay-every}, round after
 * round while there is something to send, on every instance at once (the rounds share the work:
 * {@link RelayEventsUseCase}).
 * After each round the metrics say how far behind it is: {@code booking_events_waiting_seconds} (the oldest event not
 * yet sent), {@code booking_events_waiting} and {@code booking_events_dead} (deliveries given up on), and
 * {@code booking_events_sent_total}.
 */
@ApplicationScoped
class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    /** Rounds in a row at most, before the next tick. */
    private static final int ROUNDS = 20;

    private final RelayEventsUseCase relay;
    private final Periodic background;
    private final Duration every;
    private final AtomicLong oldestWaitingSeconds = new AtomicLong();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final Counter sent;
    private Periodic.Running periodic;

    EventRelay(
            RelayEventsUseCase relay,
            Periodic background,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.webhooks.relay-every", defaultValue = "PT1S") Duration every) {
        this.relay = relay;
        this.background = background;
        this.every = every;
        metrics.gauge("booking_events_waiting_seconds", oldestWaitingSeconds);
        metrics.gauge("booking_events_waiting", waiting);
        metrics.gauge("booking_events_dead", dead);
        this.sent = metrics.counter("booking_events_sent");
    }

    void start(@Observes StartupEvent started) {
        periodic = background.start("event-relay", every, LOG, null, this::relayAll);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }

    /** Rounds until one sends nothing (at most {@link #ROUNDS}); answers how many messages were sent. */
    int relayAll() {
        int total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int sentNow = relay.relay();
            total += sentNow;
            if (sentNow == 0) {
                break;
            }
        }
        sent.increment(total);
        Lag lag = relay.lag();
        oldestWaitingSeconds.set(lag.oldestWaiting().toSeconds());
        waiting.set(lag.waiting());
        dead.set(lag.dead());
        return total;
    }
}
