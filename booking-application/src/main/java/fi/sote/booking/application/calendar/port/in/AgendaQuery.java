package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.application.shared.PageCursor;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.Resource;

/**
 * Day and week views: the entries and the bookings of calendars in one list by start, each as the reader may see it
 * (client work of a client they are not entitled to, masked). Every view that shows a client is written to the access
 * log.
 */
public interface AgendaQuery {

    /**
     * One item of a view: a calendar entry or a booking (never both), in the calendar of {@code resource}.
     *
     * @param client what of the booking's client the reader is shown (null for an entry)
     * @param identified whether the reader is shown whom the item concerns
     */
    record Item(Resource resource, CalendarEntry entry, Booking booking, ClientView client, boolean identified) {

        public TimeInterval interval() {
            return entry != null ? entry.interval() : booking.time().interval();
        }

        /** By start; the id breaks ties. */
        public PageCursor key() {
            return new PageCursor(
                    interval().start(),
                    entry != null ? entry.id().value() : booking.id().value());
        }

        /** Whom the item concerns, when it concerns a client. */
        public String clientReference() {
            return entry != null ? entry.clientReference() : booking.client();
        }
    }

    /** The actor's own calendars (those of the resources that name them as their professional) on those days. */
    Page<Item> mine(Actor actor, Days days, int limit, PageCursor after);

    /**
     * The calendars of the team on those days, for its supervisor or one of its professionals; not found to anyone
     * else.
     */
    Outcome<Page<Item>> team(Actor actor, String team, Days days, int limit, PageCursor after);
}
