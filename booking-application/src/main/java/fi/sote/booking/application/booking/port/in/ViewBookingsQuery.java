package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.application.shared.PageCursor;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
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

    /** The booking with this short reference, as read out by the client, if the caller may see it (a list: one). */
    List<ShownBooking> withReference(Actor actor, String reference);

    /**
     * The bookings the actor made on those days (by when they were made, in Finnish time), whatever became of them
     * since, by when they were made; paged.
     */
    Page<ShownBooking> madeBy(Actor actor, Days days, int limit, PageCursor after);

    /**
     * The first contacts booked from client counselling in the social service that start on those days and still take
     * their time, those the actor may see, by start; paged. Not found when there is no such service.
     */
    Outcome<Page<ShownBooking>> firstContacts(
            Actor actor, SocialServiceId service, Days days, int limit, PageCursor after);

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
