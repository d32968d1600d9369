package fi.sote.booking.application.event.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.sote.booking.application.shared.Actor;

/**
 * The organisation's change feed, for integrations that poll: every event (what changed and its id, never client
 * data), in the order of a position that only grows, resumable from any position handed out. An event appears once
 * every transaction that began before it has ended, so a reader who has gone past a position never misses an event
 * that commits later below it.
 */
public interface FollowEventsQuery {

    /** How many events a page holds unless the caller asks for fewer. */
    int DEFAULT_LIMIT = 100;

    /** The most events a page holds. */
    int MOST = 1000;

    /** A place in the feed: the writing transaction's id, then the event's. */
    record Position(long transaction, long event) {

        /** Before every event. */
        public static final Position START = new Position(0, 0);
    }

    /** One change: its type, what it is of, and where it stands in the feed. */
    record Event(long id, String type, String aggregateType, UUID aggregateId, Instant occurredAt, Position position) {}

    /** A page of events after a position, and the position to read on from (the same one when nothing is new). */
    record Page(List<Event> events, Position next) {}

    /** Up to {@code limit} of the caller's organisation's events after {@code after}, oldest first. */
    Page after(Actor actor, Position after, int limit);
}
