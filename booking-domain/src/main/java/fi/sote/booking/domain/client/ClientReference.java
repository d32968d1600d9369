package fi.sote.booking.domain.client;

import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * The reference that names a client in bookings, calendar entries, events, URLs and the access log. It is stored
 * readable and the access log can never be erased, so a reference is never a personal identity code, nor text that
 * holds one, even mistyped: a client known by code is booked by {@code clientPersonalIdentityCode}, which the service
 * turns into its pseudonym, {@value #PSEUDONYM_PREFIX} and a keyed hash of the code.
 */
public final class ClientReference {

    /** How the service's own pseudonyms of clients booked by code begin. */
    public static final String PSEUDONYM_PREFIX = "hetu:";

    public static final int LONGEST = 128;

    /** The pseudonym: the prefix and 32 bytes of keyed hash in base64url. */
    private static final Pattern PSEUDONYM = Pattern.compile(Pattern.quote(PSEUDONYM_PREFIX) + "[A-Za-z0-9_-]{43}");

    /**
     * A UUID, as an identity provider's subject often is: never a code, though a few in a hundred hold six digits,
     * a hyphen and four more that have a code's shape.
     */
    private static final Pattern UUID_SHAPED =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    /** Six digits, a century sign, three digits and a check character: the shape of a code, valid or not. */
    private static final Pattern CODE_SHAPED =
            Pattern.compile("\\d{6}\\s?[-+A-FU-Y]\\s?\\d{3}[0-9A-Y]", Pattern.CASE_INSENSITIVE);

    private ClientReference() {}

    /**
     * The reference in {@code text}, trimmed, or null when there is none; an {@link InvalidValueException} for
     * {@code field} when it is too long or {@linkplain #neverACode holds a personal identity code}.
     */
    public static String optional(String field, String text) {
        return neverACode(field, Invariants.optionalText(field, text, LONGEST));
    }

    /**
     * The reference, unless it holds something shaped like a personal identity code: then an
     * {@link InvalidValueException} for {@code field} that does not repeat it.
     */
    public static String neverACode(String field, String reference) {
        if (reference != null
                && !PSEUDONYM.matcher(reference).matches()
                && !UUID_SHAPED.matcher(reference).matches()
                && CODE_SHAPED.matcher(reference).find()) {
            throw new InvalidValueException(
                    field,
                    "must be the client's reference, never a personal identity code "
                            + "(a client known by code is booked or looked up by clientPersonalIdentityCode)");
        }
        return reference;
    }
}
