package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.EventReaders.Audience;
import fi.sote.booking.application.notification.port.out.EventReaders.Events;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Follows each organisation's events on behalf of one reader (the client messages, the staff messages) and tells
 * people what they tell, each event at least once: one instance at a time per organisation (the reading is taken for a
 * lease), in feed order, the position kept after every message sent so that an instance that dies resends nothing
 * already sent, and from a message that could not be sent again next round.
 */
public abstract class EventFollower {

    /** How many events are read at once (in the database: only those that may concern the audience leave it). */
    static final int PAGE = 1000;

    /** How many pages one round reads of an organisation, at most. */
    static final int PAGES = 20;

    private final String reader;
    private final Audience audience;
    private final EventReaders readers;
    protected final Clock clock;
    private final Duration lease;

    protected EventFollower(String reader, Audience audience, EventReaders readers, Clock clock, Duration lease) {
        this.reader = reader;
        this.audience = audience;
        this.readers = readers;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * How the events of a page are told, prepared once for the page (what they concern read at once): SENT when a
     * message went, REFUSED when there was nothing to send, FAILED when it is to be tried again.
     */
    protected abstract Function<Event, Result> teller(OrganisationId organisation, List<Event> events);

    /** The bookings of the events that pass {@code told}, read at once for a page. */
    protected static Map<BookingId, Booking> bookingsOf(
            BookingRepository bookings, OrganisationId organisation, List<Event> events, Predicate<Event> told) {
        Map<BookingId, Booking> found = new HashMap<>();
        bookings.bookings(
                        organisation,
                        events.stream()
                                .filter(told)
                                .map(event -> new BookingId(event.aggregateId()))
                                .collect(Collectors.toSet()))
                .forEach(booking -> found.put(booking.id(), booking));
        return found;
    }

    /** One round over every organisation's new events; answers how many messages were sent. */
    protected final int round() {
        int sent = 0;
        // a round ends well within the lease, so that no other instance takes over a reading still under way
        Instant until = clock.instant().plus(lease.dividedBy(2));
        for (OrganisationId organisation : readers.organisations()) {
            Optional<Position> from = readers.take(reader, organisation, lease);
            if (from.isEmpty()) {
                continue;
            }
            try {
                Position at = from.get();
                for (int page = 0; page < PAGES && clock.instant().isBefore(until); page++) {
                    Read read = read(organisation, at, readers.events(audience, organisation, at, PAGE), until);
                    sent += read.sent();
                    if (read.last().equals(at)) {
                        break;
                    }
                    at = read.last();
                    readers.keep(reader, organisation, at, lease);
                    if (!read.whole()) {
                        break;
                    }
                }
            } finally {
                readers.release(reader, organisation);
            }
        }
        return sent;
    }

    /** How far a page was read: the last event done, whether every one was, how many messages went. */
    private record Read(Position last, boolean whole, int sent) {}

    /** Tells the page's events in order, until a message cannot be sent this time or the round's time is up. */
    private Read read(OrganisationId organisation, Position from, Events page, Instant until) {
        Function<Event, Result> teller = teller(organisation, page.events());
        Position last = from;
        int sent = 0;
        for (Event event : page.events()) {
            if (clock.instant().isAfter(until)) {
                return new Read(last, false, sent);
            }
            Result result = teller.apply(event);
            if (result == Result.FAILED) {
                return new Read(last, false, sent);
            }
            if (result == Result.SENT) {
                readers.keep(reader, organisation, event.position(), lease);
                sent++;
            }
            last = event.position();
        }
        return new Read(page.readTo(), true, sent);
    }
}
