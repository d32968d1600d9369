package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * Reads bookings the caller may see, each as the caller may see it (see {@link ClientView}). Every read writes the
 * clients it shows to the access log.
 */
public interface ViewBookingsQuery {

    /** The booking, with how to reach its client; not found when it does not exist or the caller may not see it. */
    Outcome<ShownBooking> booking(Actor actor, BookingId id);

    /**
     * The client's bookings of the period that the caller may see, by start; a client without {@code client} reads
     * their own.
     */
    List<ShownBooking> ofClient(Actor actor, String client, BookingPeriod period);

    /** The bookings of the period the caller may see of the client with this personal identity code, by start. */
    List<ShownBooking> ofClient(Actor actor, PersonalIdentityCode client, BookingPeriod period);

    /**
     * The bookings a change made or changed, as its answer shows them to whoever made it: whom they concern only to an
     * actor who may read bookings ({@link Actor#readsBookings}; no contact details are read), and what it shows of
     * clients written to the access log under the operation, as a read would be.
     */
    List<ShownBooking> answer(Actor actor, String operation, List<Booking> changed);

    /**
     * The bookings a request just made, as its answer shows them ({@link #answer}). Their access entries were written
     * with the bookings themselves, in the same statement and commit, by the use case that made them.
     */
    List<ShownBooking> made(Actor actor, List<Booking> made);
}
