package fi.sote.booking.application.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.policy.ChangeDeadlinePolicy;
import fi.sote.booking.domain.booking.policy.Verdict;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * What every change of an existing booking shares: finding it as the caller may see it, at the version they read and
 * within the client's change deadline ({@link ChangeDeadlinePolicy}); the bookings of a series a change applies to;
 * and storing the next version with its event over the version it was made from.
 */
public final class BookingChanges {

    private final BookingRepository bookings;
    private final CatalogueRepository catalogue;
    private final BookingVisibility visibility;
    private final Clock clock;

    public BookingChanges(
            BookingRepository bookings, CatalogueRepository catalogue, BookingVisibility visibility, Clock clock) {
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.visibility = visibility;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The booking when the actor may see it; not found otherwise, as if it did not exist (no probing of ids). */
    Outcome<Booking> visible(Actor actor, BookingId id) {
        return bookings.booking(actor.organisation(), id)
                .filter(booking -> visibility.maySee(actor, booking))
                .<Outcome<Booking>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.notFound("No booking " + id));
    }

    /** The booking when the actor may see it and {@code expectedVersion} (If-Match), when given, is current. */
    Outcome<Booking> current(Actor actor, BookingId id, Long expectedVersion) {
        Outcome<Booking> found = visible(actor, id);
        if (found instanceof Outcome.Accepted<Booking> accepted
                && expectedVersion != null
                && expectedVersion != accepted.value().version()) {
            return stale();
        }
        return found;
    }

    /** As {@link #current}, and a client changes it only until the product's change deadline. */
    Outcome<Booking> changeable(Actor actor, BookingId id, Long expectedVersion) {
        Outcome<Booking> found = current(actor, id, expectedVersion);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking booking = accepted.value();
        BookableProduct product = product(actor, booking);
        Verdict deadline = ChangeDeadlinePolicy.clientChangesBeforeTheDeadline(
                booking, product, visibility.seesAsClientOnly(actor, booking), now());
        return deadline instanceof Verdict.Rejected rejected ? Outcome.rejected(rejected) : found;
    }

    /** How many times the client holds now (holds that have not lapsed). */
    long heldBy(Actor actor, String client) {
        Instant now = now();
        return bookings.ofClient(actor.organisation(), client).stream()
                .filter(booking -> booking.status() == BookingStatus.PENDING && booking.isHeldAt(now))
                .count();
    }

    /** The product the booking is of. */
    BookableProduct product(Actor actor, Booking booking) {
        return catalogue.product(actor.organisation(), booking.time().product()).orElseThrow();
    }

    /** Whether the actor sees the booking only as its client, so that the rules of client self-service apply. */
    boolean asClientOnly(Actor actor, Booking booking) {
        return visibility.seesAsClientOnly(actor, booking);
    }

    /**
     * The booking itself, then, for {@link ChangeScope#THIS_AND_FOLLOWING}, the later occurrences of its series that
     * still take time and that the actor may see.
     */
    List<Booking> affected(Actor actor, Booking booking, ChangeScope scope) {
        List<Booking> affected = new ArrayList<>(List.of(booking));
        if (scope == ChangeScope.THIS_AND_FOLLOWING && booking.series() != null) {
            Instant now = now();
            for (Booking occurrence : bookings.ofSeries(actor.organisation(), booking.series())) {
                if (occurrence
                                .time()
                                .interval()
                                .start()
                                .isAfter(booking.time().interval().start())
                        && occurrence.takesTimeAt(now)
                        && visibility.maySee(actor, occurrence)) {
                    affected.add(occurrence);
                }
            }
        }
        return affected;
    }

    /** Stores the next version of a booking with its event; a stale-version rejection when another change came first. */
    Outcome<Booking> store(Booking next, BookingEvent.Type event) {
        if (!bookings.update(next)) {
            return stale();
        }
        bookings.record(BookingEvent.of(
                event,
                next,
                next.lastChange() == null ? now() : next.lastChange().at()));
        return Outcome.accepted(next);
    }

    static <T> Outcome<T> stale() {
        return Outcome.rejected(
                RejectionReason.STALE_VERSION,
                null,
                "The booking has changed since it was read; read it again (If-Match)");
    }
}
