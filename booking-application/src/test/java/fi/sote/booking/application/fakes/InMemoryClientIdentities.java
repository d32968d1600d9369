package fi.sote.booking.application.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the identity port: a pseudonym per code and organisation, and the code behind it. */
public final class InMemoryClientIdentities implements ClientIdentities {

    private final Map<String, PersonalIdentityCode> codes = new HashMap<>();

    @Override
    public String reference(OrganisationId organisation, PersonalIdentityCode code) {
        String reference = referenceOf(organisation, code);
        codes.put(organisation.value() + "\n" + reference, code);
        return reference;
    }

    @Override
    public String pseudonym(OrganisationId organisation, PersonalIdentityCode code) {
        return referenceOf(organisation, code);
    }

    @Override
    public Optional<String> knownReference(OrganisationId organisation, PersonalIdentityCode code) {
        String reference = referenceOf(organisation, code);
        return codes.containsKey(organisation.value() + "\n" + reference) ? Optional.of(reference) : Optional.empty();
    }

    @Override
    public Optional<PersonalIdentityCode> codeOf(OrganisationId organisation, String reference) {
        return Optional.ofNullable(codes.get(organisation.value() + "\n" + reference));
    }

    private static String referenceOf(OrganisationId organisation, PersonalIdentityCode code) {
        return REFERENCE_PREFIX + Integer.toHexString((organisation.value() + "\n" + code.value()).hashCode());
    }
}
