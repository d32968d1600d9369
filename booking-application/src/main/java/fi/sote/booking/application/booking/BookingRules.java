package fi.sote.booking.application.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepository.ReleasesRead;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.privacy.ClientEntitlement;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.CalendarKeeping;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * The rules every way of booking shares: who may book through which channel and for whom, whether
 * the time is open to the channel (its release confirmed by the database when the booking is stored),
 * the self-service window, blocking calendar entries, the client's other bookings; who may see and
 * change a booking; and storing a booking with its event.
 * <p>
 * The release a time is booked from is looked up in the releases as slot search last read them,
 * which saves a read per booking; the store confirms in the statement that inserts the booking that
 * the release is still there (or, for a professional's booking in time no release offers, that the
 * resource has no release it did not know), and when not, the booking is drafted again from the
 * releases as the database has them.
 */
public final class BookingRules {

    /** Where a new booking belongs: its series or multi-booking, and the booking it replaces. */
    record Links(SeriesId series, MultiBookingId multiBooking, BookingId replaces) {
        static final Links NONE = new Links(null, null, null);
    }

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final AvailabilityRepository availability;
    private final BookingRepository bookings;
    private final ClientIdentities clients;
    private final ClientEntitlement entitlement;
    private final Clock clock;

    public BookingRules(CatalogueRepository catalogue, CalendarRepository calendar, AvailabilityRepository availability,
            BookingRepository bookings, ClientIdentities clients, ClientEntitlement entitlement, Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.availability = availability;
        this.bookings = bookings;
        this.clients = clients;
        this.entitlement = entitlement;
        this.clock = clock;
    }

    ClientIdentities clients() {
        return clients;
    }

    Instant now() {
        return clock.instant();
    }

    BookingRepository bookings() {
        return bookings;
    }

    /** The channel the request books through: the one named, or the only one the actor's roles book through. */
    static Outcome<Channel> channel(Actor actor, Channel requested) {
        Set<Channel> mine = Channel.bookedThroughBy(actor.roles());
        if (requested == null) {
            return mine.size() == 1 ? Outcome.accepted(mine.iterator().next())
                    : Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "channel", mine.isEmpty()
                            ? "The caller's roles book through no channel"
                            : "Name the channel: the caller books through " + mine);
        }
        return mine.contains(requested) ? Outcome.accepted(requested)
                : Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "channel",
                        "The caller does not book through " + requested);
    }

    /** A booking to store, with what the store confirms of the releases it was drafted from. */
    private record Draft(Booking booking, ReleasesRead read) {
    }

    /**
     * Makes the booking the request asks for, in {@code status}, under {@code id}, and stores it with
     * its event; or says why it cannot be made.
     */
    Outcome<Booking> book(Actor actor, SlotRequest request, BookingId id, BookingStatus status, Instant holdExpiresAt,
            Links links, BookingEvent.Type event) {
        Outcome<Draft> draft = draft(actor, request, id, status, holdExpiresAt, links, false);
        if (draft instanceof Outcome.Accepted<Draft> fromSnapshot) {
            Optional<Outcome<Booking>> stored = store(fromSnapshot.value(), event);
            if (stored.isPresent()) {
                return stored.get();
            }
            // the releases are not as last read (one withdrawn or added): look again in the releases as they are
            draft = draft(actor, request, id, status, holdExpiresAt, links, true);
            if (draft instanceof Outcome.Accepted<Draft> fromDatabase) {
                return store(fromDatabase.value(), event).orElseThrow();
            }
        }
        return Outcome.refusal(draft);
    }

    /**
     * The booking the request would make, or why it cannot be made. Checks all but what the store
     * decides when it stores the booking: what stands in the way in the calendar and the bookings,
     * read with the insert ({@link #store}). Looks for the release of the time in the releases as
     * last read unless {@code fresh}, and in the database when they have none; but a professional,
     * who books unreleased time too, takes the releases as last read, and the store confirms that
     * the resource has no other.
     */
    private Outcome<Draft> draft(Actor actor, SlotRequest request, BookingId id, BookingStatus status,
            Instant holdExpiresAt, Links links, boolean fresh) {
        Outcome<Channel> channelOutcome = channel(actor, request.channel());
        if (!(channelOutcome instanceof Outcome.Accepted<Channel> accepted)) {
            return Outcome.refusal(channelOutcome);
        }
        Channel channel = accepted.value();
        String client = request.client();
        if (channel == Channel.CLIENT_SELF_SERVICE) {
            if (client != null && !entitlement.actsFor(actor, client)) {
                return Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "client",
                        "A client books only for themselves or a child in their custody");
            }
            if (request.referralNote() != null || request.allowClientOverlap() || request.clientCode() != null) {
                return Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, request.referralNote() != null ? "referralNote"
                        : request.allowClientOverlap() ? "allowClientOverlap" : "clientPersonalIdentityCode",
                        "Not for a client booking for themselves");
            }
            client = client == null ? actor.subject() : client;
        } else if (request.clientCode() != null) {
            client = clients.reference(actor.organisation(), request.clientCode());
        } else if (client == null) {
            throw new InvalidValueException("client", "is required: the client's identifier or clientPersonalIdentityCode");
        }
        if (request.allowClientOverlap() && channel != Channel.PROFESSIONAL) {
            return Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "allowClientOverlap",
                    "Only a professional may book a client at an overlapping time");
        }
        var organisation = actor.organisation();
        Optional<BookableProduct> productFound = catalogue.product(organisation, request.product());
        if (productFound.isEmpty()) {
            return Outcome.unknown("product", "bookable product", request.product());
        }
        Optional<Resource> resourceFound = catalogue.resource(organisation, request.resource());
        if (resourceFound.isEmpty()) {
            return Outcome.unknown("resource", "resource", request.resource());
        }
        BookableProduct product = productFound.get();
        Resource resource = resourceFound.get();
        if (!product.channels().contains(channel)) {
            return Outcome.rejected(RejectionReason.SLOT_NOT_OFFERED, "product",
                    "The product is not booked through " + channel);
        }
        String mode = contactMode(request, product);
        boolean keepsCalendar = CalendarKeeping.mayKeep(resource, actor.subject(), actor.roles());
        if (channel == Channel.PROFESSIONAL && !keepsCalendar) {
            return Outcome.rejected(RejectionReason.NOT_YOUR_CALENDAR, "resource",
                    "A professional books in their own calendar, a supervisor in their team's");
        }
        Instant now = now();
        TimeInterval interval = new TimeInterval(request.start(), request.start().plus(product.duration()));
        if (request.start().isBefore(now)) {
            throw new InvalidValueException("start", "must not be in the past");
        }
        LocalDate date = interval.start().atZone(BookingTime.ZONE).toLocalDate();
        Optional<Offer> released = Optional.empty();
        ReleasesRead read = ReleasesRead.NOW;
        if (!fresh) {
            List<Release> lastRead = availability.releasesAsLastRead(organisation, resource.id());
            released = offer(lastRead, product, channel, mode, interval, date);
            if (released.isPresent()) {
                read = ReleasesRead.offeredBy(released.get().release());
            } else if (channel == Channel.PROFESSIONAL) {
                read = ReleasesRead.noneOf(lastRead.stream().map(Release::id).collect(Collectors.toSet()));
            }
        }
        if (released.isEmpty() && read == ReleasesRead.NOW) {
            released = offer(calendar.releases(organisation, resource.id(), product.id(), date.minusDays(1), date), product,
                    channel, mode, interval, date);
        }
        if (released.isEmpty() && channel != Channel.PROFESSIONAL) {
            return Outcome.rejected(RejectionReason.SLOT_NOT_OFFERED, "start",
                    "No time of the product is released at " + request.start() + " through " + channel);
        }
        if (channel == Channel.CLIENT_SELF_SERVICE && !product.selfService().allowsBooking(request.start(), now)) {
            return Outcome.rejected(RejectionReason.OUTSIDE_BOOKING_WINDOW, "start",
                    "Clients book this product from " + product.selfService().minimumNotice().toHours() + " h to "
                            + product.selfService().horizon().toDays() + " days ahead");
        }
        ServicePointId servicePoint = released.map(offer -> offer.slot().servicePoint()).orElse(null);
        BookedTime time = BookedTime.of(product, resource.id(), interval, mode, servicePoint);
        return Outcome.accepted(new Draft(new Booking(id, organisation, time, client,
                request.clientLanguage() == null ? "fi" : request.clientLanguage(), channel, actor.subject(), now, status,
                holdExpiresAt, request.referralNote(), request.allowClientOverlap(), links.series(), links.multiBooking(),
                links.replaces(), null, null, 0), read));
    }

    /**
     * Stores a new booking with its event; a rejection when something stands in the way: a blocking
     * calendar entry, the time taken, the group full, the client booked at an overlapping time. Empty
     * when the releases are not as the draft read them.
     */
    private Optional<Outcome<Booking>> store(Draft draft, BookingEvent.Type event) {
        Booking booking = draft.booking();
        BookingRepository.Insertion insertion = bookings.insert(booking, BookingEvent.of(event, booking, booking.bookedAt()),
                draft.read());
        return insertion == BookingRepository.Insertion.RELEASES_CHANGED ? Optional.empty()
                : Optional.of(stored(booking, insertion));
    }

    private Outcome<Booking> stored(Booking booking, BookingRepository.Insertion insertion) {
        switch (insertion) {
            case INSERTED:
                return Outcome.accepted(booking);
            case GROUP_FULL:
                return Outcome.rejected(RejectionReason.GROUP_FULL, "start", "The group time at "
                        + booking.time().interval().start() + " has no places left");
            case CLIENT_ALREADY_BOOKED:
                return clientAlreadyBooked();
            case BLOCKED_BY_ENTRY:
                return Outcome.rejected(RejectionReason.SLOT_NOT_OFFERED, "start",
                        "The calendar has an entry that blocks booking at the time");
            default:
                return slotTaken(booking.time().interval().start());
        }
    }

    private static <T> Outcome<T> slotTaken(Instant start) {
        return Outcome.rejected(RejectionReason.SLOT_TAKEN, "start", "The time at " + start + " is already booked");
    }

    /**
     * Books every request or none: every one that cannot be booked is listed in the rejection, under
     * {@code part}[index]. Bookings stored before a refusal are undone by the caller's transaction.
     */
    Outcome<List<Booking>> bookAll(Actor actor, List<SlotRequest> requests, Links links, String part) {
        List<Booking> stored = new ArrayList<>();
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SlotRequest request = requests.get(i);
            Outcome<Booking> outcome = book(actor, request, BookingId.random(), BookingStatus.BOOKED, null, links,
                    BookingEvent.Type.BOOKED);
            if (outcome instanceof Outcome.Accepted<Booking> booked) {
                stored.add(booked.value());
            } else if (outcome instanceof Outcome.Rejected<Booking> && requests.size() > 1) {
                conflicts.add(conflict(part, i, request.start(), outcome));
            } else {
                return Outcome.refusal(outcome);
            }
        }
        return conflicts.isEmpty() ? Outcome.accepted(stored)
                : new Outcome.Rejected<>(RejectionReason.PARTLY_UNAVAILABLE, null, conflicts.size() + " of "
                        + requests.size() + " cannot be booked, so none were", conflicts);
    }

    /** Stores the next version of a booking with its event; a stale-version rejection when another change came first. */
    Outcome<Booking> change(Booking next, BookingEvent.Type event) {
        if (!bookings.update(next)) {
            return stale();
        }
        bookings.record(BookingEvent.of(event, next, next.lastChange() == null ? now() : next.lastChange().at()));
        return Outcome.accepted(next);
    }

    /** The booking when the actor may see it; not found otherwise, as if it did not exist (no probing of ids). */
    Outcome<Booking> visible(Actor actor, BookingId id) {
        return bookings.booking(actor.organisation(), id).filter(booking -> maySee(actor, booking))
                .<Outcome<Booking>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.notFound("No booking " + id));
    }

    /**
     * The booking when the actor may change it and {@code expectedVersion} (If-Match), when given, is
     * current; a client changes it only until the product's deadline.
     */
    Outcome<Booking> changeable(Actor actor, BookingId id, Long expectedVersion) {
        Outcome<Booking> found = visible(actor, id);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking booking = accepted.value();
        if (expectedVersion != null && expectedVersion != booking.version()) {
            return stale();
        }
        if (isClientOnly(actor, booking)) {
            BookableProduct product = catalogue.product(actor.organisation(), booking.time().product()).orElseThrow();
            if (!product.selfService().allowsChange(booking.time().interval().start(), now())) {
                return Outcome.rejected(RejectionReason.CHANGE_DEADLINE_PASSED, null, "Clients change this booking until "
                        + product.selfService().changeDeadline().toHours() + " h before its start");
            }
        }
        return found;
    }

    /**
     * Who sees a booking: the client their own (a guardian also their child's), a counsellor the ones
     * they made, professionals those in their calendar and their social services, supervisors their
     * team's, an integration its organisation's.
     */
    boolean maySee(Actor actor, Booking booking) {
        return isOwnAsClient(actor, booking) || seesItForTheService(actor, booking);
    }

    /** Whether the actor sees the booking only as its client (the self-service rules apply to them). */
    boolean isClientOnly(Actor actor, Booking booking) {
        return isOwnAsClient(actor, booking) && !seesItForTheService(actor, booking);
    }

    private boolean isOwnAsClient(Actor actor, Booking booking) {
        return entitlement.actsFor(actor, booking.client());
    }

    /** Whether the actor sees the booking in a role that gives or arranges the service, not as the client. */
    private boolean seesItForTheService(Actor actor, Booking booking) {
        Set<String> roles = actor.roles();
        if (roles.contains("integration") || (roles.contains("counsellor") && booking.bookedBy().equals(actor.subject()))) {
            return true;
        }
        // the professional of the calendar and those of the product's social service, the team's supervisor
        return (roles.contains("professional") || roles.contains("supervisor")) && entitlement.mayIdentify(actor, booking);
    }

    /** The request as a new booking of the same client in place of {@code old}, made by the actor. */
    SlotRequest replacing(Booking old, Instant start, ResourceId resource, Channel channel) {
        return new SlotRequest(resource == null ? old.time().resource() : resource, old.time().product(), start,
                old.time().contactMode(), channel, old.client(), old.clientLanguage(),
                channel == Channel.CLIENT_SELF_SERVICE ? null : old.referralNote(),
                channel == Channel.PROFESSIONAL && old.clientOverlapAllowed(), null);
    }

    /** A slot that offers the time, and the release it is in. */
    private record Offer(Slot slot, ReleaseId release) {
    }

    /** The slot of one of the releases that offers exactly this time, if any. */
    private static Optional<Offer> offer(List<Release> releases, BookableProduct product, Channel channel, String mode,
            TimeInterval interval, LocalDate date) {
        for (Release release : releases) {
            if (!release.terms().products().contains(product.id()) || !release.terms().channels().contains(channel)
                    || !release.terms().allowsContactMode(mode) || !release.offersOn(date.minusDays(1), date)) {
                continue;
            }
            for (Slot slot : FreeSlots.offered(release, product, Set.of(mode), Set.of(channel), date.minusDays(1), date)) {
                if (slot.interval().equals(interval)) {
                    return Optional.of(new Offer(slot, release.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static String contactMode(SlotRequest request, BookableProduct product) {
        if (request.contactMode() == null) {
            if (product.contactModes().size() != 1) {
                throw new InvalidValueException("contactMode", "is required: the product is given as "
                        + String.join(", ", new java.util.TreeSet<>(product.contactModes())));
            }
            return product.contactModes().iterator().next();
        }
        if (!product.contactModes().contains(request.contactMode())) {
            throw new InvalidValueException("contactMode", "must be one the product allows: "
                    + String.join(", ", new java.util.TreeSet<>(product.contactModes())));
        }
        return request.contactMode();
    }

    /** One part of a request that cannot be booked: {@code part}[index], its start and why. */
    static Outcome.Conflict conflict(String part, int index, Instant start, Outcome<?> refusal) {
        return new Outcome.Conflict(part + "[" + index + "]", start + ": " + Outcome.why(refusal));
    }

    static <T> Outcome<T> stale() {
        return Outcome.rejected(RejectionReason.STALE_VERSION, null,
                "The booking has changed since it was read; read it again (If-Match)");
    }

    private static <T> Outcome<T> clientAlreadyBooked() {
        return Outcome.rejected(RejectionReason.CLIENT_ALREADY_BOOKED, "client",
                "The client has another booking at an overlapping time");
    }

}
