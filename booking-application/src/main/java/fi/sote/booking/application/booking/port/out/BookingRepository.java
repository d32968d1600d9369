package fi.sote.booking.application.booking.port.out;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Stores bookings. The store itself keeps the rules that must hold under concurrency: a resource's
 * time is taken once, a group time holds at most its capacity, a client is not booked twice at
 * overlapping times unless allowed. Every call runs in the caller's transaction, which makes a
 * use case's writes (several bookings, the events) all or nothing.
 */
public interface BookingRepository {

    /** What became of an insert: stored, or which rule of the store refused it. */
    enum Insertion {
        INSERTED, SLOT_TAKEN, GROUP_FULL, CLIENT_ALREADY_BOOKED
    }

    /**
     * Stores the booking with its event unless a rule refuses it; holds that have lapsed do not
     * count against it (they are let go first when they stand in the way).
     */
    Insertion insert(Booking booking, BookingEvent event);

    /**
     * What stands in the way of a booking, read in one go: a blocking entry in the resource's calendar
     * over the time it keeps, the resource's bookings that take overlapping time now (but places of
     * the same group time), and the client's bookings that take overlapping time now. Reading them
     * first lets a taken time be refused without an insert that would queue behind other inserts of
     * the same time; the constraints still decide between requests that come at the same moment.
     */
    record Obstacles(boolean blockedByEntry, List<BookingId> resourceBookings, List<BookingId> clientBookings) {
    }

    Obstacles obstacles(OrganisationId organisation, BookedTime time, String client);

    /**
     * Stores the next version of a booking over the version it was made from ({@code version - 1}).
     *
     * @return false when another change came first
     */
    boolean update(Booking booking);

    Optional<Booking> booking(OrganisationId organisation, BookingId id);

    /** The client's bookings, all statuses, by start. */
    List<Booking> ofClient(OrganisationId organisation, String client);

    /** The resource's bookings, all statuses, whose time overlaps the interval, by start. */
    List<Booking> ofResource(OrganisationId organisation, ResourceId resource, TimeInterval interval);

    /** The occurrences of a series, by start. */
    List<Booking> ofSeries(OrganisationId organisation, SeriesId series);

    /** Appends the event to the outbox, in the transaction of the change. */
    void record(BookingEvent event);
}
