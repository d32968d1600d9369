package fi.sote.booking.application.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.waitlist.port.in.JoinWaitlistCommand;
import fi.sote.booking.application.waitlist.port.in.OfferFreedTimesUseCase;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase;
import fi.sote.booking.application.waitlist.port.out.WaitlistRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/**
 * The waitlist. Clients join for themselves or a child in their custody, counsellors for a client; staff who arrange
 * or give the service (counsellors, professionals, supervisors) read the lines, every read of a client's entry logged.
 * The round ({@link #offerFreedTimes}) offers freed times in the fair order: a time is held for the entry first in
 * line that it fits, through the channel the entry was made in, so that every rule of booking through that channel
 * holds (released to it, open, within the client's booking window, a professional who speaks the language); the
 * client books it by confirming the hold.
 */
public final class WaitlistService implements WaitlistUseCase, OfferFreedTimesUseCase {

    /** Who the holds the waitlist makes and lets go name as having done so. */
    static final String SUBJECT = "waitlist";

    private static final String PURPOSE = "offering a freed time to a client on the waitlist";

    /** How many of the times found for an entry the round tries to hold, when others take them first. */
    private static final int ATTEMPTS = 3;

    /** Every entry still waiting or offered, in the fair order: the round's reading. */
    private static final Filter OPEN = new Filter(null, Set.of(), Integer.MAX_VALUE);

    private static final Set<Role> STAFF = EnumSet.of(Role.COUNSELLOR, Role.PROFESSIONAL, Role.SUPERVISOR);

    private final WaitlistRepository waitlist;
    private final CatalogueRepository catalogue;
    private final BookingRepository bookings;
    private final SearchSlotsQuery slots;
    private final BookSlotUseCase booking;
    private final CancelBookingUseCase cancelling;
    private final ClientIdentities identities;
    private final ClientRecords records;
    private final BookingVisibility visibility;
    private final AuditTrail trail;
    private final Clock clock;
    private final Duration offerFor;

    /** @param offerFor how long an offered time is held for the client, at most */
    public WaitlistService(
            WaitlistRepository waitlist,
            CatalogueRepository catalogue,
            BookingRepository bookings,
            SearchSlotsQuery slots,
            BookSlotUseCase booking,
            CancelBookingUseCase cancelling,
            ClientIdentities identities,
            ClientRecords records,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock,
            Duration offerFor) {
        this.waitlist = waitlist;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.slots = slots;
        this.booking = booking;
        this.cancelling = cancelling;
        this.identities = identities;
        this.records = records;
        this.visibility = visibility;
        this.trail = trail;
        this.clock = clock;
        this.offerFor = offerFor;
    }

    @Override
    public Outcome<Waiting> join(Actor actor, JoinWaitlistCommand command) {
        Channel channel;
        String client;
        OrganisationId organisation = actor.organisation();
        if (actor.is(Role.CLIENT)) {
            channel = Channel.CLIENT_SELF_SERVICE;
            if (command.clientCode() != null) {
                return Outcome.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "clientPersonalIdentityCode",
                        "A client names a child in their custody by reference");
            }
            if (command.client() == null) {
                // strongly identified: under the code's pseudonym, as the client's own bookings are
                client = actor.identityCode() == null
                        ? actor.self()
                        : identities.reference(organisation, actor.identityCode());
            } else if (visibility.actsFor(actor, command.client())) {
                client = command.client();
            } else {
                return Outcome.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "client",
                        "A client joins for themselves or a child in their custody");
            }
        } else if (actor.is(Role.COUNSELLOR)) {
            channel = Channel.COUNSELLING;
            client = command.clientCode() != null
                    ? identities.reference(organisation, command.clientCode())
                    : command.client();
            if (client == null) {
                throw new InvalidValueException(
                        "client", "is required: the client's identifier or clientPersonalIdentityCode");
            }
        } else {
            return Outcome.rejected(
                    RejectionReason.CHANNEL_NOT_ALLOWED, null, "Clients and counsellors join the waitlist");
        }
        Outcome<String> mode = command.product() != null
                ? productMode(organisation, command, channel)
                : serviceMode(organisation, command, channel);
        if (!(mode instanceof Outcome.Accepted<String> contactMode)) {
            return Outcome.refusal(mode);
        }
        Instant now = clock.instant();
        WaitlistEntry entry = WaitlistEntry.join(
                organisation,
                client,
                command.product(),
                command.socialService(),
                command.from(),
                command.to(),
                contactMode.value(),
                command.clientLanguage(),
                channel,
                actor.subject(),
                now,
                today());
        if (!waitlist.add(entry)) {
            return Outcome.rejected(
                    RejectionReason.ALREADY_WAITING,
                    command.product() != null ? "productId" : "socialServiceId",
                    "The client already waits for this; change the days by withdrawing and joining again");
        }
        trail.shown(actor, "joinWaitlist", client, List.of(entry.id().toString()), null);
        return Outcome.accepted(shown(List.of(entry)).get(0));
    }

    /** The contact mode of a wait for a product booked through the channel: the one asked for, or its only one. */
    private Outcome<String> productMode(OrganisationId organisation, JoinWaitlistCommand command, Channel channel) {
        Optional<BookableProduct> product = catalogue.product(organisation, command.product());
        if (product.isEmpty()) {
            return Outcome.unknown("productId", "bookable product", command.product());
        }
        if (product.get().retired()) {
            return Outcome.retired(
                    "productId", "bookable product", command.product().value());
        }
        if (!product.get().channels().contains(channel)) {
            return Outcome.rejected(
                    RejectionReason.SLOT_NOT_OFFERED, "productId", "The product is not booked through " + channel);
        }
        return Outcome.accepted(product.get().contactMode(command.contactMode()));
    }

    /**
     * The contact mode of a wait for a social service some product of which is booked through the channel: one of
     * those products', required unless they share one only.
     */
    private Outcome<String> serviceMode(OrganisationId organisation, JoinWaitlistCommand command, Channel channel) {
        Optional<SocialService> service = catalogue.socialService(organisation, command.socialService());
        if (service.isEmpty()) {
            return Outcome.unknown("socialServiceId", "social service", command.socialService());
        }
        if (service.get().retired()) {
            return Outcome.retired(
                    "socialServiceId", "social service", command.socialService().value());
        }
        Set<String> modes = new TreeSet<>();
        catalogue.products(organisation).stream()
                .filter(product -> product.socialService().equals(command.socialService()))
                .filter(product -> !product.retired() && product.channels().contains(channel))
                .forEach(product -> modes.addAll(product.contactModes()));
        if (modes.isEmpty()) {
            return Outcome.rejected(
                    RejectionReason.SLOT_NOT_OFFERED,
                    "socialServiceId",
                    "No product of the social service is booked through " + channel);
        }
        if (command.contactMode() == null && modes.size() > 1) {
            throw new InvalidValueException(
                    "contactMode", "is required: the service's products are given as " + String.join(", ", modes));
        }
        if (command.contactMode() != null && !modes.contains(command.contactMode())) {
            throw new InvalidValueException(
                    "contactMode", "must be one the service's products allow: " + String.join(", ", modes));
        }
        return Outcome.accepted(
                command.contactMode() != null
                        ? command.contactMode()
                        : modes.iterator().next());
    }

    @Override
    public Outcome<List<Waiting>> list(Actor actor, Filter filter) {
        List<WaitlistEntry> found;
        if (actor.is(Role.CLIENT) && !isStaff(actor)) {
            List<String> clients = new ArrayList<>(actor.selves());
            records.inCustodyOf(actor.organisation(), actor.selves()).stream()
                    .map(ClientRecord::reference)
                    .forEach(clients::add);
            found = waitlist.list(actor.organisation(), filter, clients);
        } else if (isStaff(actor)) {
            found = waitlist.list(actor.organisation(), filter, null);
        } else {
            return Outcome.accepted(List.of());
        }
        List<Waiting> shown = shown(found);
        trail.shown(
                actor,
                "listWaitlist",
                shown,
                waiting -> true,
                waiting -> waiting.entry().client(),
                waiting -> waiting.entry().id().toString());
        return Outcome.accepted(shown);
    }

    @Override
    public Outcome<Waiting> entry(Actor actor, WaitlistEntryId id) {
        Optional<WaitlistEntry> found = readable(actor, id);
        if (found.isEmpty()) {
            return Outcome.notFound("No waitlist entry " + id);
        }
        trail.shown(actor, "getWaitlistEntry", found.get().client(), List.of(id.toString()), null);
        return Outcome.accepted(shown(List.of(found.get())).get(0));
    }

    @Override
    public Outcome<Waiting> withdraw(Actor actor, WaitlistEntryId id, Long expectedVersion) {
        Optional<WaitlistEntry> found = readable(actor, id);
        if (found.isEmpty()) {
            return Outcome.notFound("No waitlist entry " + id);
        }
        WaitlistEntry entry = found.get();
        if (expectedVersion != null && expectedVersion != entry.version()) {
            return Outcome.rejected(
                    RejectionReason.STALE_VERSION,
                    null,
                    "The entry is at version " + entry.version() + ", not " + expectedVersion);
        }
        if (!entry.status().open()) {
            return Outcome.rejected(
                    RejectionReason.ALREADY_CLOSED, null, "The wait is already over: " + entry.status());
        }
        Optional<Booking> held = offered(entry);
        if (endedIfTaken(entry, held, clock.instant())) {
            // the client booked the offered time before the round saw it
            return Outcome.rejected(
                    RejectionReason.ALREADY_CLOSED, null, "The wait is already over: the offered time was booked");
        }
        WaitlistEntry withdrawn = entry.withdrawn(clock.instant());
        if (!waitlist.replace(entry, withdrawn, null)) {
            return Outcome.rejected(RejectionReason.STALE_VERSION, null, "The entry changed meanwhile; read it again");
        }
        if (held.isPresent() && held.get().status() == BookingStatus.PENDING) {
            letGo(entry, entry.offer());
        }
        trail.shown(actor, "withdrawFromWaitlist", entry.client(), List.of(id.toString()), null);
        return Outcome.accepted(new Waiting(withdrawn.nextVersion(), null, null));
    }

    @Override
    public int offerFreedTimes() {
        int offered = 0;
        for (OrganisationId organisation : waitlist.organisationsWaiting()) {
            for (WaitlistEntry entry : waitlist.list(organisation, OPEN, null)) {
                if (settled(entry).filter(waiting -> offer(waiting)).isPresent()) {
                    offered++;
                }
            }
        }
        return offered;
    }

    /**
     * The entry once its offer is settled and its days checked: empty when the wait is over or the offer still
     * stands; the entry waiting otherwise.
     */
    private Optional<WaitlistEntry> settled(WaitlistEntry entry) {
        Instant now = clock.instant();
        WaitlistEntry current = entry;
        if (entry.status() == WaitlistStatus.OFFERED) {
            Optional<Booking> held = offered(entry);
            if (endedIfTaken(entry, held, now)) {
                return Optional.empty();
            }
            if (held.isPresent()
                    && held.get().status() == BookingStatus.PENDING
                    && held.get().isHeldAt(now)) {
                return Optional.empty();
            }
            current = held.map(hold -> entry.letGo(
                            hold.time().resource(), hold.time().interval().start()))
                    .orElseGet(() -> entry.letGo(null, null));
            if (!waitlist.replace(entry, current, null)) {
                return Optional.empty();
            }
            current = current.nextVersion();
        }
        if (current.over(today())) {
            waitlist.replace(current, current.ended(now), null);
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /** The hold offered to the entry as it is now; empty when none is offered. */
    private Optional<Booking> offered(WaitlistEntry entry) {
        return entry.status() == WaitlistStatus.OFFERED
                ? bookings.booking(entry.organisation(), entry.offer())
                : Optional.empty();
    }

    /**
     * Ends the wait as booked when the client took the held time (it was booked, whatever became of it since); whether
     * they had.
     */
    private boolean endedIfTaken(WaitlistEntry entry, Optional<Booking> held, Instant now) {
        if (held.isEmpty()
                || held.get().status() == BookingStatus.PENDING
                || held.get().status() == BookingStatus.CANCELLED) {
            return false;
        }
        waitlist.replace(entry, entry.booked(now), null);
        return true;
    }

    /** Offers the waiting entry the earliest free time that fits it and it has not let go; whether one was. */
    private boolean offer(WaitlistEntry entry) {
        Instant now = clock.instant();
        Instant from = entry.from().atStartOfDay(BookingTime.ZONE).toInstant();
        Instant to = entry.to().plusDays(1).atStartOfDay(BookingTime.ZONE).toInstant();
        Instant earliest = earliest(entry, now);
        from = from.isBefore(earliest) ? earliest : from;
        if (!from.isBefore(to)) {
            return false;
        }
        SlotSearch search = new SlotSearch(
                entry.organisation(),
                Set.of(entry.channel()),
                entry.socialService(),
                entry.product(),
                null,
                null,
                entry.contactMode(),
                entry.clientLanguage(),
                null,
                from,
                to,
                Math.min(SlotSearch.MOST_RESULTS, entry.passed().size() + ATTEMPTS),
                null);
        if (!(slots.search(search) instanceof Outcome.Accepted<SearchSlotsQuery.SlotPage> page)) {
            return false;
        }
        Actor offerer = offerer(entry);
        int attempts = 0;
        for (FoundSlot found : page.value().items()) {
            Slot slot = found.slot();
            if (found.product().retired()) {
                continue;
            }
            Instant until = until(entry, found.product(), slot, now);
            if (entry.passedOn(slot.resource(), slot.interval().start()) || !until.isAfter(now)) {
                continue;
            }
            if (attempts++ == ATTEMPTS) {
                return false;
            }
            SlotRequest request = new SlotRequest(
                    slot.resource(),
                    slot.product(),
                    slot.interval().start(),
                    entry.contactMode(),
                    entry.channel(),
                    entry.client(),
                    entry.clientLanguage(),
                    null,
                    false,
                    null);
            if (booking.offer(offerer, new BookSlotCommand(request, Commit.ALONE), until)
                    instanceof Outcome.Accepted<Booking> held) {
                if (waitlist.replace(entry, entry.offered(held.value().id(), until), WaitlistRepository.OFFERED)) {
                    return true;
                }
                letGo(entry, held.value().id());
                return false;
            }
        }
        return false;
    }

    /**
     * The earliest start a time may have to be offered to the entry: now, or for a client the soonest a product of
     * theirs still lets them change a booking, so that the search does not spend its page on times too soon to offer.
     */
    private Instant earliest(WaitlistEntry entry, Instant now) {
        if (entry.channel() != Channel.CLIENT_SELF_SERVICE) {
            return now;
        }
        return catalogue.products(entry.organisation()).stream()
                .filter(product -> product.id().equals(entry.product())
                        || product.socialService().equals(entry.socialService()))
                .map(product -> product.selfService().changeDeadline())
                .min(Duration::compareTo)
                .map(now::plus)
                .orElse(now);
    }

    /**
     * Until when a time is held for the entry: {@code offerFor} from now, but a client's offer no later than the
     * product lets clients change a booking (so that they may still take it or let it go), and staff's no later than
     * the time starts.
     */
    private Instant until(WaitlistEntry entry, BookableProduct product, Slot slot, Instant now) {
        Instant latest = entry.channel() == Channel.CLIENT_SELF_SERVICE
                ? slot.interval().start().minus(product.selfService().changeDeadline())
                : slot.interval().start();
        Instant until = now.plus(offerFor);
        return until.isBefore(latest) ? until : latest;
    }

    /** Lets a hold made for the entry go, so that its time frees at once: as the counselling that holds it. */
    private void letGo(WaitlistEntry entry, BookingId hold) {
        Actor service =
                new Actor(entry.organisation(), holder(entry), Set.of(Role.COUNSELLOR), null, PURPOSE, null, true);
        cancelling.cancel(service, new CancelBookingCommand(hold, null, ChangeReason.HOLD_RELEASED, null));
    }

    /**
     * Who holds a time for the entry, in the entry's channel: in client self-service the waitlist as the client
     * themselves (so that the client's rules hold); in counselling the waitlist on behalf of the counsellor who joined
     * the client, who may then confirm the hold or let it go as any hold they made.
     */
    private static Actor offerer(WaitlistEntry entry) {
        Set<Role> roles =
                entry.channel() == Channel.CLIENT_SELF_SERVICE ? Set.of(Role.CLIENT) : Set.of(Role.COUNSELLOR);
        return new Actor(
                entry.organisation(), holder(entry), roles, null, PURPOSE, null, true, null, List.of(entry.client()));
    }

    /** The subject the holds made for the entry name as their booker. */
    private static String holder(WaitlistEntry entry) {
        return entry.channel() == Channel.COUNSELLING ? entry.joinedBy() : SUBJECT;
    }

    /** The entry the actor may read: their own or their child's as a client, any as staff. */
    private Optional<WaitlistEntry> readable(Actor actor, WaitlistEntryId id) {
        return waitlist.entry(actor.organisation(), id)
                .filter(entry -> isStaff(actor) || visibility.actsFor(actor, entry.client()));
    }

    private static boolean isStaff(Actor actor) {
        return STAFF.stream().anyMatch(actor::is);
    }

    /** The entries with their places in line and their offers, read at once. */
    private List<Waiting> shown(List<WaitlistEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        OrganisationId organisation = entries.get(0).organisation();
        Collection<UUID> awaited =
                entries.stream().map(WaitlistEntry::awaited).distinct().toList();
        Map<WaitlistEntryId, Integer> places = waitlist.places(organisation, awaited);
        Map<BookingId, Booking> offers = new HashMap<>();
        bookings.bookings(
                        organisation,
                        entries.stream()
                                .map(WaitlistEntry::offer)
                                .filter(Objects::nonNull)
                                .toList())
                .forEach(held -> offers.put(held.id(), held));
        return entries.stream()
                .map(entry -> new Waiting(
                        entry,
                        places.get(entry.id()),
                        entry.status() == WaitlistStatus.OFFERED ? offers.get(entry.offer()) : null))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BookingTime.ZONE);
    }
}
