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

import fi.sote.booking.application.waitlist.port.in.OfferFreedTimesUseCase;

/**
 * The waitlist's round: once when the service starts and then every {@code booking.waitlist.check-every}, offers
 * settled (booked, let go, lapsed), waits whose days have passed ended, and freed times offered in the fair order.
 * The round opens no transaction of its own: each hold and each change of an entry commits on its own, conditional on
 * what was read, so instances may run it at the same time. A failed round loses nothing: the next one picks up where
 * the entries stand. {@code booking_waitlist_offers_total} counts the times offered.
 */
@ApplicationScoped
class WaitlistSchedule {

    private static final Logger LOG = Logger.getLogger(WaitlistSchedule.class);

    private final OfferFreedTimesUseCase waitlist;
    private final Counter offers;
    private final Duration every;
    private final Periodic background;
    private Periodic.Running periodic;

    WaitlistSchedule(
            Periodic background,
            OfferFreedTimesUseCase waitlist,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.waitlist.check-every", defaultValue = "PT30S") Duration every) {
        this.waitlist = waitlist;
        this.offers = metrics.counter("booking_waitlist_offers");
        this.every = every;
        this.background = background;
    }

    void start(@Observes StartupEvent started) {
        periodic = background.start(
                "waitlist",
                every,
                LOG,
                "Offered %d freed time(s) to clients on the waitlist",
                Periodic.inRequestContext(this::offer));
    }

    private int offer() {
        int offered = waitlist.offerFreedTimes();
        offers.increment(offered);
        return offered;
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }
}
