package fi.sote.booking.application.notification.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Where a reader of the events (the client messages, say) has got to in each organisation's feed. One instance at a
 * time reads an organisation's events on: it takes the reading for a lease, and another takes over once the lease has
 * passed (the one that held it died). A reader that meets an organisation for the first time starts at its first
 * event.
 */
public interface EventReaders {

    /** Whom a reader tells of the events, which decides which events it is given. */
    enum Audience {
        /** A booking booked or cancelled whose client the client-record system has sent a record of. */
        CLIENTS,
        /** A booking booked through counselling, or booked to replace another (moved, or taken over). */
        STAFF,
        /** Every change of a booking, for the national appointment register. */
        PUBLICATION
    }

    /**
     * Of the next {@code limit} events of the feed after a position, those that may tell the audience something (in
     * feed order); and the position of the last of the {@code limit} read, where a reader that has told every one of
     * them goes on from.
     */
    record Events(List<Event> events, Position readTo) {}

    Events events(Audience audience, OrganisationId organisation, Position after, int limit);

    /** The organisations that have events. */
    List<OrganisationId> organisations();

    /** The reader's position in the organisation's feed, held for {@code lease}; empty when another holds it. */
    Optional<Position> take(String reader, OrganisationId organisation, Duration lease);

    /** Moves the reader on to {@code position}, holding it for {@code lease} more. */
    void keep(String reader, OrganisationId organisation, Position position, Duration lease);

    /** Lets go of the reading, for whichever instance comes next. */
    void release(String reader, OrganisationId organisation);
}
