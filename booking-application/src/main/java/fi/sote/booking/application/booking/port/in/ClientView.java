package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.ReachAt;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * What of a booking's client one answer shows its reader, decided once ({@code BookingVisibility}): whom it concerns
 * (others see its time and contact mode only: masked), the personal identity code when it was booked with one, how
 * to reach the client (null when not asked for or nothing is known) and whether the referral note is for them.
 */
public record ClientView(
        boolean identified, PersonalIdentityCode code, Contact contact, boolean referral, ReachAt reachAt) {

    public static final ClientView MASKED = new ClientView(false, null, null, false, null);

    /** How to reach a client, or that it is withheld from the reader under non-disclosure for personal safety. */
    public record Contact(String name, String phone, Address address, boolean withheld) {

        public static final Contact WITHHELD = new Contact(null, null, null, true);
    }
}
