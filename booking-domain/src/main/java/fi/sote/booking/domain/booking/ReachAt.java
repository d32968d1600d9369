package fi.sote.booking.domain.booking;

import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * How to reach the client for this booking's contact, as the counsellor or professional who booked it was told: a
 * phone number to call, an e-mail address for a video link, or both. Personal data as protected as an identity code:
 * kept encrypted, shown only to those who may identify the client, and never when the client's address is withheld.
 */
public record ReachAt(String phone, String email) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,63}");

    public ReachAt {
        phone = Invariants.optionalText("clientReachAt.phone", phone, 40);
        email = Invariants.optionalText("clientReachAt.email", email, 254);
        if (phone == null && email == null) {
            throw new InvalidValueException("clientReachAt", "give a phone number, an e-mail address or both");
        }
        if (phone != null) {
            Invariants.matching("clientReachAt.phone", phone, PHONE, "must be a phone number such as +358 40 123 4567");
        }
        if (email != null) {
            Invariants.matching("clientReachAt.email", email, EMAIL, "must be an e-mail address");
        }
    }
}
