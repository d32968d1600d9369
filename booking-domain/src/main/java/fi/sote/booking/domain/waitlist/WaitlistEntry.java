package fi.sote.booking.domain.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A client's place on the waitlist of a bookable product, or of a social service (a time of any of its products): they
 * wait for a time from {@code from} to {@code to} (days in Finland, both included), with the contact mode and language
 * they need, and are offered a matching time
 * when one frees (a cancellation, a lapsed hold, a new release). The offer is a hold made for them that lapses at
 * {@code offeredUntil}; they book it by confirming the hold, or let it go (cancel it or let it lapse), and the time
 * goes to the next in line.
 *
 * <p>The order is fair as {@link #FAIR_ORDER} and {@link #FAIRNESS} state: whoever joined first is offered first, one
 * time at a time, and a time an entry let go is never offered to it again ({@code passed}), so it goes to the next.
 *
 * @param product the product waited for, or null when the entry waits for a social service
 * @param socialService the social service waited for, or null when the entry waits for a product
 * @param channel the channel the offers are held through: client self-service when the client joined, counselling
 *     when a counsellor joined for them
 * @param offers how many times were offered so far
 * @param passed the times offered and let go, as {@link #slotKey}s
 * @param closedAt when the wait was over (booked, withdrawn or ended), or null
 */
public record WaitlistEntry(
        WaitlistEntryId id,
        OrganisationId organisation,
        String client,
        BookableProductId product,
        SocialServiceId socialService,
        LocalDate from,
        LocalDate to,
        String contactMode,
        String clientLanguage,
        Channel channel,
        String joinedBy,
        Instant joinedAt,
        WaitlistStatus status,
        BookingId offer,
        Instant offeredUntil,
        int offers,
        Set<String> passed,
        Instant closedAt,
        long version) {

    /** How far ahead a client may wait, in days from today. */
    public static final int LONGEST_WAIT_DAYS = 366;

    /** The order in which entries are offered times: joined first, offered first; the same moment by id. */
    public static final Comparator<WaitlistEntry> FAIR_ORDER = Comparator.comparing(WaitlistEntry::joinedAt)
            .thenComparing(entry -> entry.id().value());

    /** The fair order in words, as the contract and the README state it. */
    public static final String FAIRNESS = "First come, first served: a freed time is offered to the entry that joined"
            + " the waitlist first among those whose product or social service, days, contact mode and language it"
            + " fits. An entry is offered one time at a time, held for it until the offer lapses. A time the client"
            + " lets go (cancels the hold or lets it lapse) is not offered to them again and goes to the next in line;"
            + " they keep their place for other times.";

    public WaitlistEntry {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("client", client);
        if ((product == null) == (socialService == null)) {
            throw new InvalidValueException("productId", "give either productId or socialServiceId");
        }
        Invariants.required("from", from);
        Invariants.required("to", to);
        Invariants.required("channel", channel);
        Invariants.required("joinedAt", joinedAt);
        Invariants.required("status", status);
        passed = passed == null ? Set.of() : Set.copyOf(passed);
        if ((status == WaitlistStatus.OFFERED) != (offer != null && offeredUntil != null)) {
            throw new IllegalArgumentException("an offered entry, and only one, names its offer and until when");
        }
    }

    /**
     * A client joining the waitlist on {@code today}: the days waited in start no earlier than today and end within
     * {@value #LONGEST_WAIT_DAYS} days of it.
     */
    public static WaitlistEntry join(
            OrganisationId organisation,
            String client,
            BookableProductId product,
            SocialServiceId socialService,
            LocalDate from,
            LocalDate to,
            String contactMode,
            String clientLanguage,
            Channel channel,
            String joinedBy,
            Instant now,
            LocalDate today) {
        Invariants.required("from", from);
        Invariants.required("to", to);
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from");
        }
        if (to.isBefore(today)) {
            throw new InvalidValueException("to", "must not be in the past");
        }
        if (to.isAfter(today.plusDays(LONGEST_WAIT_DAYS))) {
            throw new InvalidValueException("to", "must be at most " + LONGEST_WAIT_DAYS + " days from today");
        }
        if (clientLanguage != null && !clientLanguage.matches("fi|sv|en")) {
            throw new InvalidValueException("clientLanguage", "must be fi, sv or en");
        }
        return new WaitlistEntry(
                WaitlistEntryId.random(),
                organisation,
                ClientReference.optional("client", client),
                product,
                socialService,
                from.isBefore(today) ? today : from,
                to,
                contactMode == null ? null : Invariants.code("contactMode", contactMode),
                clientLanguage,
                channel,
                joinedBy,
                now,
                WaitlistStatus.WAITING,
                null,
                null,
                0,
                Set.of(),
                null,
                0);
    }

    /** What the entry waits for: its product's id, or its social service's; the entry's line is of those alike. */
    public UUID awaited() {
        return product != null ? product.value() : socialService.value();
    }

    /** How a time is known among the passed ones: the professional and the start. */
    public static String slotKey(ResourceId resource, Instant start) {
        return resource.value() + "@" + start;
    }

    /** Whether the entry let this time go before: then it is not offered again. */
    public boolean passedOn(ResourceId resource, Instant start) {
        return passed.contains(slotKey(resource, start));
    }

    /** Offered a time, held for it by {@code hold} until {@code until}. */
    public WaitlistEntry offered(BookingId hold, Instant until) {
        requireStatus(WaitlistStatus.WAITING);
        return with(WaitlistStatus.OFFERED, hold, until, offers + 1, passed, null);
    }

    /**
     * The offered time was let go (the hold cancelled or lapsed): waiting again, that time ({@code resource} at
     * {@code start}; null when it is no longer known) not to be offered again.
     */
    public WaitlistEntry letGo(ResourceId resource, Instant start) {
        requireStatus(WaitlistStatus.OFFERED);
        Set<String> more = new LinkedHashSet<>(passed);
        if (resource != null) {
            more.add(slotKey(resource, start));
        }
        return with(WaitlistStatus.WAITING, null, null, offers, more, null);
    }

    /** The client booked the offered time. */
    public WaitlistEntry booked(Instant now) {
        requireStatus(WaitlistStatus.OFFERED);
        return with(WaitlistStatus.BOOKED, offer, null, offers, passed, now);
    }

    /** The client, or staff for them, stopped waiting. */
    public WaitlistEntry withdrawn(Instant now) {
        if (!status.open()) {
            throw new IllegalStateException("the wait is already over: " + status);
        }
        return with(WaitlistStatus.WITHDRAWN, null, null, offers, passed, now);
    }

    /** The days waited in have passed. */
    public WaitlistEntry ended(Instant now) {
        if (!status.open()) {
            throw new IllegalStateException("the wait is already over: " + status);
        }
        return with(WaitlistStatus.ENDED, null, null, offers, passed, now);
    }

    /** The entry as kept after a change was stored: one version on. */
    public WaitlistEntry nextVersion() {
        return copy(status, offer, offeredUntil, offers, passed, closedAt, version + 1);
    }

    /** Whether the last day waited in is before {@code today}. */
    public boolean over(LocalDate today) {
        return to.isBefore(today);
    }

    private void requireStatus(WaitlistStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("the entry is " + status + ", not " + expected);
        }
    }

    private WaitlistEntry with(
            WaitlistStatus next, BookingId hold, Instant until, int offered, Set<String> letGo, Instant closed) {
        return copy(next, hold, until, offered, letGo, closed, version);
    }

    private WaitlistEntry copy(
            WaitlistStatus next,
            BookingId hold,
            Instant until,
            int offered,
            Set<String> letGo,
            Instant closed,
            long atVersion) {
        return new WaitlistEntry(
                id,
                organisation,
                client,
                product,
                socialService,
                from,
                to,
                contactMode,
                clientLanguage,
                channel,
                joinedBy,
                joinedAt,
                next,
                hold,
                until,
                offered,
                letGo,
                closed,
                atVersion);
    }
}
