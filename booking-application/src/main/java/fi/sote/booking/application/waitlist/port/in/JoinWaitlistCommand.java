package fi.sote.booking.application.waitlist.port.in;

import java.time.LocalDate;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Join the waitlist of a product for the days from {@code from} to {@code to}.
 *
 * @param contactMode the contact mode the client needs, or null for any of the product's
 * @param clientLanguage the language the client needs the time in (fi, sv, en), or null for any
 * @param client the client's reference: required of a counsellor (or {@code clientCode}); a client leaves it out for
 *     themselves or names a child in their custody
 * @param clientCode the client's personal identity code instead of {@code client}, or null
 */
public record JoinWaitlistCommand(
        BookableProductId product,
        LocalDate from,
        LocalDate to,
        String contactMode,
        String clientLanguage,
        String client,
        PersonalIdentityCode clientCode) {

    public JoinWaitlistCommand {
        Invariants.required("productId", product);
        Invariants.required("from", from);
        Invariants.required("to", to);
        if (client != null && clientCode != null) {
            throw new InvalidValueException(
                    "clientPersonalIdentityCode", "give either client or clientPersonalIdentityCode");
        }
    }
}
