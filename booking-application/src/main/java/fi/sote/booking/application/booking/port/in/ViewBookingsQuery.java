package fi.sote.booking.application.booking.port.in;

import java.util.List;
import java.util.Optional;

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
     * Whether the actor is shown whom the booking concerns; others see its time and contact mode only.
     * Every read of bookings writes the clients shown to the access log.
     */
    boolean identifiesClient(Actor actor, Booking booking);

    /** The personal identity code of a booking's client, when it was made with one and the actor is shown the client. */
    Optional<PersonalIdentityCode> clientCode(Actor actor, Booking booking);

    /**
     * How to reach the booking's client, as the actor may see it (withheld under non-disclosure for
     * personal safety from all but those who must act on it); empty when not entitled or nothing is known.
     */
    Optional<ClientEntitlement.ClientContact> clientContact(Actor actor, Booking booking);

    /** Whether the caller reads the referral note: the counsellor who wrote it and professionals of the calendar. */
    boolean mayReadReferral(Actor actor, Booking booking);
}
