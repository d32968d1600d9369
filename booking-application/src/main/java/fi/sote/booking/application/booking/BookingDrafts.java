package fi.sote.booking.application.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.out.BookingIds;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepository.Insertion;
import fi.sote.booking.application.booking.port.out.BookingRepository.ReleasesRead;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository.KnownReleases;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.booking.policy.BookingAttempt;
import fi.sote.booking.domain.booking.policy.BookingPolicies;
import fi.sote.booking.domain.booking.policy.ChannelPolicy;
import fi.sote.booking.domain.booking.policy.ReleasedTimePolicy;
import fi.sote.booking.domain.booking.policy.Verdict;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Drafts new bookings from requests and stores them: what every way of booking shares. The request's channel and
 * client are settled, the product and resource looked up, the time's release found, and the draft judged by the
 * {@link BookingPolicies}; the store then decides what must hold under concurrency (the time taken, the group full,
 * the client booked at the same time, a blocking entry). The releases come through
 * {@link AvailabilityRepository#fromReleases}: as slot search last read them, and once more as they are now when
 * that is not enough or the store finds they have changed.
 */
public final class BookingDrafts {

    /** Where a new booking belongs: its series or multi-booking, and the booking it replaces. */
    record Links(SeriesId series, MultiBookingId multiBooking, BookingId replaces) {
        static final Links NONE = new Links(null, null, null);
    }

    /**
     * What a request makes: the booking's id (null: a new one when it is stored) and status, when a hold lapses, where it belongs, its event, and the
     * operation whose answer shows it ({@code shownIn}), under which the showing of its client is logged with it; null
     * when the answer is logged otherwise (a reschedule's answer logs the bookings it shows).
     */
    record Making(
            BookingId id,
            BookingStatus status,
            Instant holdExpiresAt,
            Links links,
            BookingEvent.Type event,
            String shownIn) {

        /** A booking made at once; its id is given when it is stored. */
        static Making booked(Links links, String shownIn) {
            return new Making(null, BookingStatus.BOOKED, null, links, BookingEvent.Type.BOOKED, shownIn);
        }
    }

    /** How often a booking tries to take a room picked as free, when others take it first. */
    private static final int ROOM_ATTEMPTS = 3;

    private final CatalogueRepository catalogue;
    private final AvailabilityRepository availability;
    private final BookingRepository bookings;
    private final ClientIdentities identities;
    private final BookingVisibility visibility;
    private final AuditTrail trail;
    private final Clock clock;
    private final BookingIds ids;
    private final Rooms rooms;

    public BookingDrafts(
            CatalogueRepository catalogue,
            AvailabilityRepository availability,
            BookingRepository bookings,
            ClientIdentities identities,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock,
            BookingIds ids) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.bookings = bookings;
        this.identities = identities;
        this.visibility = visibility;
        this.trail = trail;
        this.clock = clock;
        this.ids = ids;
        this.rooms = new Rooms(catalogue, bookings);
    }

    /** The id of a booking about to be made. */
    BookingId newId() {
        return ids.next();
    }

    Instant now() {
        return clock.instant();
    }

    /** Makes the booking the request asks for and stores it with its event; or says why it cannot be made. */
    Outcome<Booking> book(Actor actor, SlotRequest request, Making making, Commit commit) {
        Verdict channelRule = ChannelPolicy.callerBooksThroughTheChannel(actor.roles(), request.channel());
        if (channelRule instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        Channel channel = ChannelPolicy.channelOf(actor.roles(), request.channel());
        String client = request.client();
        boolean forThemselves = false;
        if (channel == Channel.CLIENT_SELF_SERVICE) {
            forThemselves = client == null || visibility.actsFor(actor, client);
            if (client == null) {
                // strongly identified: under the code's pseudonym, the code kept so that staff find the booking by it
                client = actor.identityCode() == null
                        ? actor.self()
                        : identities.reference(actor.organisation(), actor.identityCode());
            }
        } else if (request.clientCode() != null) {
            client = identities.reference(actor.organisation(), request.clientCode());
        } else if (client == null) {
            throw new InvalidValueException(
                    "client", "is required: the client's identifier or clientPersonalIdentityCode");
        }
        var organisation = actor.organisation();
        Optional<BookableProduct> product = catalogue.product(organisation, request.product());
        if (product.isEmpty()) {
            return Outcome.unknown("product", "bookable product", request.product());
        }
        // a booking of a retired product is still moved: retiring breaks no booking made
        if (product.get().retired() && making.links().replaces() == null) {
            return Outcome.rejected(
                    RejectionReason.PRODUCT_RETIRED,
                    "productId",
                    "The product " + product.get().code() + " is retired: it is no longer booked");
        }
        Optional<Resource> resource = catalogue.resource(organisation, request.resource());
        if (resource.isEmpty()) {
            return Outcome.unknown("resource", "resource", request.resource());
        }
        if (resource.get().retired()) {
            return Outcome.retired("resourceId", "resource", request.resource().value());
        }
        String mode = product.get().contactMode(request.contactMode());
        Instant now = now();
        if (request.start().isBefore(now)) {
            throw new InvalidValueException("start", "must not be in the past");
        }
        TimeInterval interval = new TimeInterval(
                request.start(), request.start().plus(product.get().duration()));
        LocalDate date = interval.start().atZone(BookingTime.ZONE).toLocalDate();
        Draft draft = new Draft(
                actor,
                request,
                making,
                commit,
                channel,
                client,
                forThemselves,
                product.get(),
                resource.get(),
                mode,
                interval,
                now);
        return availability.fromReleases(
                organisation,
                resource.get().id(),
                product.get().id(),
                date.minusDays(1),
                date,
                releases -> store(draft, releases));
    }

    /** A request with its channel, client, product, resource, contact mode and time settled. */
    private record Draft(
            Actor actor,
            SlotRequest request,
            Making making,
            Commit commit,
            Channel channel,
            String client,
            boolean forThemselves,
            BookableProduct product,
            Resource resource,
            String mode,
            TimeInterval interval,
            Instant now) {}

    /**
     * The draft judged and stored, or empty when the releases may be out of date for it: its time is not in them but
     * must be released, or the store found they have changed since they were read.
     */
    private Optional<Outcome<Booking>> store(Draft draft, KnownReleases releases) {
        Optional<Offer> offer = offer(draft, releases.releases());
        SlotRequest request = draft.request();
        Actor actor = draft.actor();
        // a replacement keeps what staff recorded on the booking it replaces (the referral, how to reach the client,
        // the language decision): carried over, not sent by the caller, so a client may move such a booking too
        boolean replacement = draft.making().links().replaces() != null;
        BookingAttempt attempt = new BookingAttempt(
                actor.roles(),
                actor.subject(),
                draft.channel(),
                draft.forThemselves(),
                !replacement && request.referralNote() != null,
                request.allowClientOverlap(),
                request.clientCode() != null,
                !replacement && request.reachAt() != null,
                replacement ? null : request.clientLanguage(),
                request.allowLanguageMismatch(),
                draft.product(),
                draft.resource(),
                offer.isPresent(),
                request.start(),
                draft.now());
        if (!releases.current()
                && !ReleasedTimePolicy.timeIsReleasedToTheChannel(attempt).isAllowed()) {
            return Optional.empty();
        }
        if (BookingPolicies.judge(attempt) instanceof Verdict.Rejected rejected) {
            return Optional.of(Outcome.rejected(rejected));
        }
        BookedTime time = Rooms.own(
                draft.resource(),
                BookedTime.of(
                        draft.product(),
                        draft.resource().id(),
                        draft.interval(),
                        draft.mode(),
                        offer.map(found -> found.slot().servicePoint()).orElse(null)));
        Rooms.Choice room = rooms.of(actor.organisation(), request, draft.product(), draft.resource(), time);
        ReleasesRead read =
                offer.map(found -> releases.offeredBy(found.release())).orElseGet(releases::offeredByNone);
        for (int tries = 1; ; tries++) {
            BookedTime taking = time;
            if (room.needed()) {
                Outcome<BookedTime> free = rooms.firstFree(actor.organisation(), room, time);
                if (!(free instanceof Outcome.Accepted<BookedTime> inRoom)) {
                    return Optional.of(Outcome.refusal(free));
                }
                taking = inRoom.value();
            }
            Booking booking = booking(draft, taking);
            Insertion insertion = insert(draft, booking, read);
            // a room picked as free was taken by a booking of the same moment: the next free one will do
            if (insertion != Insertion.ROOM_TAKEN || !room.picks() || tries == ROOM_ATTEMPTS) {
                return insertion == Insertion.RELEASES_CHANGED
                        ? Optional.empty()
                        : Optional.of(stored(booking, insertion));
            }
        }
    }

    private Booking booking(Draft draft, BookedTime time) {
        Making making = draft.making();
        SlotRequest request = draft.request();
        Actor actor = draft.actor();
        return new Booking(
                making.id() == null ? ids.next() : making.id(),
                actor.organisation(),
                time,
                draft.client(),
                request.clientLanguage() == null ? "fi" : request.clientLanguage(),
                draft.channel(),
                actor.subject(),
                draft.now(),
                making.status(),
                making.holdExpiresAt(),
                request.referralNote(),
                request.allowClientOverlap(),
                request.allowLanguageMismatch(),
                request.reachAt(),
                making.links().series(),
                making.links().multiBooking(),
                making.links().replaces(),
                null,
                null,
                0);
    }

    private Insertion insert(Draft draft, Booking booking, ReleasesRead read) {
        BookingEvent event = BookingEvent.of(draft.making().event(), booking, draft.now());
        List<AuditEntry> shown = shown(draft.actor(), booking, draft.making().shownIn());
        return draft.commit() == Commit.ALONE
                ? bookings.insertAndCommit(booking, event, read, shown)
                : bookings.insert(booking, event, read, shown);
    }

    /** The slot of one of the releases that offers exactly the draft's time through its channel, if any. */
    private static Optional<Offer> offer(Draft draft, List<Release> releases) {
        LocalDate date = draft.interval().start().atZone(BookingTime.ZONE).toLocalDate();
        Set<String> modes = Set.of(draft.mode());
        Set<Channel> channels = Set.of(draft.channel());
        for (Release release : releases) {
            if (!release.terms().products().contains(draft.product().id())
                    || !release.terms().channels().contains(draft.channel())
                    || !release.terms().allowsContactMode(draft.mode())
                    || !release.offersOn(date.minusDays(1), date)) {
                continue;
            }
            for (Slot slot : FreeSlots.offered(release, draft.product(), modes, channels, date.minusDays(1), date)) {
                if (slot.interval().equals(draft.interval())) {
                    return Optional.of(new Offer(slot, release.id()));
                }
            }
        }
        return Optional.empty();
    }

    /** A slot that offers the time, and the release it is in. */
    private record Offer(Slot slot, ReleaseId release) {}

    /**
     * The access entries of the answer that shows the booking just made, to be written with it: when the answer
     * identifies the client to the actor ({@code ViewBookingsQuery#made} shows them so), as a read would log it.
     */
    private List<AuditEntry> shown(Actor actor, Booking booking, String operation) {
        if (operation == null || !actor.readsBookings() || !visibility.maySee(actor, booking)) {
            return List.of();
        }
        return trail.entries(
                actor,
                operation,
                booking.client(),
                List.of("booking:" + booking.id().value()));
    }

    /** What the store's answer means for the request. */
    private static Outcome<Booking> stored(Booking booking, Insertion insertion) {
        Instant start = booking.time().interval().start();
        return switch (insertion) {
            case INSERTED -> Outcome.accepted(booking);
            case GROUP_FULL ->
                Outcome.rejected(
                        RejectionReason.GROUP_FULL, "start", "The group time at " + start + " has no places left");
            case CLIENT_ALREADY_BOOKED ->
                Outcome.rejected(
                        RejectionReason.CLIENT_ALREADY_BOOKED,
                        "client",
                        "The client has another booking at an overlapping time");
            case BLOCKED_BY_ENTRY ->
                Outcome.rejected(
                        RejectionReason.SLOT_NOT_OFFERED,
                        "start",
                        "The calendar has an entry that blocks booking at the time");
            // a room's own booking meets a booking that takes the room with a professional
            case ROOM_TAKEN ->
                booking.time().room().equals(booking.time().resource())
                        ? taken(start)
                        : Outcome.rejected(RejectionReason.ROOM_UNAVAILABLE, "roomId", "The room is taken at " + start);
            case SLOT_TAKEN, RELEASES_CHANGED -> taken(start);
        };
    }

    private static Outcome<Booking> taken(Instant start) {
        return Outcome.rejected(RejectionReason.SLOT_TAKEN, "start", "The time at " + start + " is already booked");
    }

    /**
     * Books every request or none: every one that cannot be booked is listed in the rejection, under
     * {@code part}[index]. Bookings stored before a refusal are undone by the caller's transaction.
     */
    Outcome<List<Booking>> bookAll(
            Actor actor,
            List<SlotRequest> requests,
            Links links,
            String part,
            IntFunction<String> fieldsOf,
            String shownIn) {
        List<Booking> stored = new ArrayList<>();
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SlotRequest request = requests.get(i);
            Outcome<Booking> outcome;
            try {
                outcome = book(actor, request, Making.booked(links, shownIn), Commit.WITH_CALLER);
            } catch (InvalidValueException e) {
                throw e.under(fieldsOf.apply(i));
            }
            if (outcome instanceof Outcome.Accepted<Booking> booked) {
                stored.add(booked.value());
            } else if (outcome instanceof Outcome.Rejected<Booking> && requests.size() > 1) {
                conflicts.add(conflict(part, i, request.start(), outcome));
            } else {
                return Outcome.refusal(outcome);
            }
        }
        return conflicts.isEmpty()
                ? Outcome.accepted(stored)
                : new Outcome.Rejected<>(
                        RejectionReason.PARTLY_UNAVAILABLE,
                        null,
                        conflicts.size() + " of " + requests.size() + " cannot be booked, so none were",
                        conflicts);
    }

    /** One part of a request that cannot be done: {@code part}[index], its start and why. */
    static Outcome.Conflict conflict(String part, int index, Instant start, Outcome<?> refusal) {
        return new Outcome.Conflict(part + "[" + index + "]", start + ": " + Outcome.why(refusal));
    }
}
