package fi.sote.booking.application.client.port.out;

import java.util.Optional;

import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Clients known by their personal identity code, kept so that the code never appears as such where
 * it is stored: bookings carry a client reference (a pseudonym the code always maps to within an
 * organisation) and only this port turns one into the other.
 */
public interface ClientIdentities {

    /** The prefix of every reference this port gives out, so that such a client is told apart from others. */
    String REFERENCE_PREFIX = ClientReference.PSEUDONYM_PREFIX;

    /** The client's reference, the same for the same code every time; the code is kept for {@link #codeOf}. */
    String reference(OrganisationId organisation, PersonalIdentityCode code);

    /** The reference the code always maps to, computed without reading or keeping anything. */
    String pseudonym(OrganisationId organisation, PersonalIdentityCode code);

    /** The reference of a code seen before, without keeping anything new. */
    Optional<String> knownReference(OrganisationId organisation, PersonalIdentityCode code);

    /** The code behind a reference this port gave out; empty for any other client reference. */
    Optional<PersonalIdentityCode> codeOf(OrganisationId organisation, String reference);
}
