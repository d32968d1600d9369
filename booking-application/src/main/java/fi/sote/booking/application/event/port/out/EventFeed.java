package fi.sote.booking.application.event.port.out;

import java.util.List;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.domain.shared.OrganisationId;

/** The stored events, read in feed order. */
public interface EventFeed {

    /**
     * Up to {@code limit} of the organisation's events after {@code after}, in position order, leaving out a client's
     * notifications and every event that a transaction still running could yet be followed by below it.
     */
    List<Event> after(OrganisationId organisation, Position after, int limit);
}
