package fi.sote.booking.application.waitlist.port.in;

import java.time.LocalDate;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Join the waitlist of a product, or of a social service (a time of any of its products), for the days from
 * {@code from} to {@code to}.
 *
 * @param product the product waited for, or null for {@code socialService}
 * @param socialService the social service waited for, or null for {@code product}
 * @param contactMode the contact mode the client needs: may be left out for a product with only one
 * @param clientLanguage the language the client needs the time in (fi, sv, en), or null for any
 * @param client the client's reference: required of a counsellor (or {@code clientCode}); a client leaves it out for
 *     themselves or names a child in their custody
 * @param clientCode the client's personal identity code instead of {@code client}, or null
 */
public record JoinWaitlistCommand(
        BookableProductId product,
        SocialServiceId socialService,
        LocalDate from,
        LocalDate to,
        String contactMode,
        String clientLanguage,
        String client,
        PersonalIdentityCode clientCode) {

    public JoinWaitlistCommand {
        if ((product == null) == (socialService == null)) {
            throw new InvalidValueException("productId", "give either productId or socialServiceId");
        }
        Invariants.required("from", from);
        Invariants.required("to", to);
        if (client != null && clientCode != null) {
            throw new InvalidValueException(
                    "clientPersonalIdentityCode", "give either client or clientPersonalIdentityCode");
        }
    }
}
