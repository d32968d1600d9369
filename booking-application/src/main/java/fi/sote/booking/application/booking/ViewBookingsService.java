package fi.sote.booking.application.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.BookingPeriod;
import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.booking.port.in.ShownBooking;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.application.shared.PageCursor;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Role;

public final class ViewBookingsService implements ViewBookingsQuery {

    private final BookingRepository bookings;
    private final CatalogueRepository catalogue;
    private final ClientIdentities identities;
    private final BookingVisibility visibility;
    private final Confirmations confirmations;
    private final AuditTrail trail;
    private final Clock clock;

    public ViewBookingsService(
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientIdentities identities,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock) {
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.identities = identities;
        this.visibility = visibility;
        this.confirmations = new Confirmations(catalogue);
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Outcome<ShownBooking> booking(Actor actor, BookingId id) {
        return bookings.booking(actor.organisation(), id)
                .filter(booking -> visibility.maySee(actor, booking))
                .map(booking -> logShown(actor, "getBooking", List.of(shown(actor, booking, true)))
                        .get(0))
                .<Outcome<ShownBooking>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.notFound("No booking " + id));
    }

    @Override
    public List<ShownBooking> ofClient(Actor actor, String client, BookingPeriod period) {
        String whose = ClientReference.optional("client", client);
        if (whose != null) {
            return logShown(actor, "listBookings", seenOf(actor, whose, period));
        }
        if (!actor.is(Role.CLIENT)) {
            throw new InvalidValueException("client", "is required");
        }
        // a client's own: under every reference they are known by
        return logShown(
                actor,
                "listBookings",
                actor.selves().stream()
                        .flatMap(self -> seenOf(actor, self, period).stream())
                        .sorted(Comparator.comparing(
                                shown -> shown.booking().time().interval()))
                        .toList());
    }

    @Override
    public List<ShownBooking> ofClient(Actor actor, PersonalIdentityCode client, BookingPeriod period) {
        // a code never seen has no bookings; nothing is kept for a mere search
        return logShown(
                actor,
                "searchClientBookings",
                identities
                        .knownReference(actor.organisation(), client)
                        .map(reference -> seenOf(actor, reference, period))
                        .orElse(List.of()));
    }

    @Override
    public List<ShownBooking> withReference(Actor actor, String reference) {
        String wanted = BookingReference.parse("bookingReference", reference);
        return logShown(
                actor,
                "findBookingByReference",
                bookings.withReference(actor.organisation(), wanted).stream()
                        .filter(booking -> visibility.maySee(actor, booking))
                        .map(booking -> shown(actor, booking, true))
                        .toList());
    }

    @Override
    public Page<ShownBooking> madeBy(Actor actor, Days days, int limit, PageCursor after) {
        return page(
                actor,
                "listBookingsMadeByMe",
                bookings.madeBy(actor.organisation(), actor.subject(), days.interval()),
                booking -> new PageCursor(booking.bookedAt(), booking.id().value()),
                after,
                limit);
    }

    @Override
    public Outcome<Page<ShownBooking>> firstContacts(
            Actor actor, SocialServiceId service, Days days, int limit, PageCursor after) {
        if (catalogue.socialService(actor.organisation(), service).isEmpty()) {
            return Outcome.notFound("No social service " + service);
        }
        Set<BookableProductId> products = catalogue.products(actor.organisation()).stream()
                .filter(product -> product.socialService().equals(service))
                .map(BookableProduct::id)
                .collect(Collectors.toSet());
        TimeInterval interval = days.interval();
        Instant now = clock.instant();
        List<Booking> found = catalogue.resources(actor.organisation()).stream()
                .filter(resource -> resource.socialServices().contains(service))
                .map(Resource::id)
                .flatMap(resource -> bookings.ofResource(actor.organisation(), resource, interval).stream())
                .filter(booking -> booking.channel() == Channel.COUNSELLING
                        && booking.takesTimeAt(now)
                        && products.contains(booking.time().product())
                        && !booking.time().interval().start().isBefore(interval.start()))
                .toList();
        return Outcome.accepted(page(
                actor,
                "listFirstContacts",
                found,
                booking -> new PageCursor(
                        booking.time().interval().start(), booking.id().value()),
                after,
                limit));
    }

    /**
     * A page of the bookings the actor may see, by the key, each as they may see it without reading how to reach the
     * client, and written to the access log under the operation.
     */
    private Page<ShownBooking> page(
            Actor actor,
            String operation,
            List<Booking> found,
            Function<Booking, PageCursor> key,
            PageCursor after,
            int limit) {
        Page<Booking> page = Page.of(
                found.stream()
                        .filter(booking -> visibility.maySee(actor, booking))
                        .toList(),
                key,
                after,
                limit);
        return new Page<>(
                logShown(
                        actor,
                        operation,
                        page.items().stream()
                                .map(booking -> shown(actor, booking, false))
                                .toList()),
                page.next());
    }

    @Override
    public List<ShownBooking> answer(Actor actor, String operation, List<Booking> changed) {
        return logShown(actor, operation, made(actor, changed));
    }

    @Override
    public List<ShownBooking> made(Actor actor, List<Booking> made) {
        return made.stream()
                .map(booking -> actor.readsBookings()
                        ? shown(actor, booking, false)
                        : new ShownBooking(booking, ClientView.MASKED, confirmations.of(booking), true))
                .toList();
    }

    /**
     * The client's bookings of the period the actor may see, by start: UPCOMING are those ending after now that still
     * take their time (not cancelled, moved or a hold let lapse), PAST those that ended, ALL every one.
     */
    private List<ShownBooking> seenOf(Actor actor, String client, BookingPeriod period) {
        Instant now = clock.instant();
        return bookings.ofClient(actor.organisation(), client).stream()
                .filter(booking -> switch (period) {
                    case ALL -> true;
                    case UPCOMING -> booking.time().interval().end().isAfter(now) && booking.takesTimeAt(now);
                    case PAST -> !booking.time().interval().end().isAfter(now);
                })
                .filter(booking -> visibility.maySee(actor, booking))
                .map(booking -> shown(actor, booking, true))
                .toList();
    }

    private ShownBooking shown(Actor actor, Booking booking, boolean withContact) {
        return new ShownBooking(
                booking,
                visibility.clientView(actor, booking, withContact),
                confirmations.of(booking),
                !actor.is(Role.CLIENT) || !visibility.seesAsClientOnly(actor, booking));
    }

    /** Writes the bookings whose client the actor is shown to the access log. */
    private List<ShownBooking> logShown(Actor actor, String operation, List<ShownBooking> shown) {
        trail.shown(
                actor,
                operation,
                shown,
                each -> each.client().identified(),
                each -> each.booking().client(),
                each -> "booking:" + each.booking().id().value());
        return shown;
    }
}
