package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.privacy.ClientEntitlement;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/** Reads bookings the caller may see. */
public interface ViewBookingsQuery {

    /** The booking; not found when it does not exist or the caller may not see it. */
    Outcome<Booking> booking(Actor actor, BookingId id);

    /** The client's bookings the caller may see, by start; a client without {@code client} reads their own. */
    List<Booking> ofClient(Actor actor, String client);

    /** The bookings the caller may see of the client with this personal identity code, by start. */
    List<Booking> ofClient(Actor actor, PersonalIdentityCode client);

    /**
     * What of a booking's client the actor is shown, decided once for an answer: whom it concerns (others
     * see its time and contact mode only), the personal identity code when it was booked with one, how to
     * reach the client (withheld under non-disclosure for personal safety from all but those who must act
     * on it; null when not asked for or nothing is known) and whether the referral note is for them (the
     * counsellor who wrote it, the professionals of the product's social service and their supervisors).
     * Every read of bookings writes the clients shown to the access log.
     */
    record ClientView(boolean identified, PersonalIdentityCode code, ClientEntitlement.ClientContact contact,
            boolean referral) {

        public static final ClientView MASKED = new ClientView(false, null, null, false);
    }

    /** @param withContact whether to read how to reach the client (on reads; the answer to a change is for its maker) */
    ClientView clientView(Actor actor, Booking booking, boolean withContact);
}
