package fi.sote.booking.application.client.port.out;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The client-record port: what the organisation's client-record system says of a client (contact
 * details, non-disclosure for personal safety, custody). The adapter keeps what that system sends
 * through the API ({@code PUT /api/v1/client-records/{reference}}).
 */
public interface ClientRecords {

    /**
     * The record of the client the reference names; for a client booked under a personal identity code (its
     * pseudonym), the record the client-record system linked to the code.
     */
    Optional<ClientRecord> find(OrganisationId organisation, String reference);

    /** Those of the clients the system has sent a record of, by reference: one read for many. */
    default Map<String, ClientRecord> find(OrganisationId organisation, Collection<String> references) {
        Map<String, ClientRecord> found = new HashMap<>();
        for (String reference : references) {
            find(organisation, reference).ifPresent(record -> found.put(reference, record));
        }
        return found;
    }

    /** Keeps the record in place of the one before, linked to nobody's personal identity code. */
    default void save(OrganisationId organisation, ClientRecord record) {
        save(organisation, record, null);
    }

    /**
     * Keeps the record in place of the one before.
     *
     * @param identityReference the pseudonym of the client's personal identity code, linking the record's reference to
     *     the client who signs in with that code; null for none
     */
    void save(OrganisationId organisation, ClientRecord record, String identityReference);

    /** The references of the records linked to the code whose pseudonym this is. */
    List<String> linkedTo(OrganisationId organisation, String identityReference);

    /** The records of the clients in the custody of any of these guardians, by reference. */
    List<ClientRecord> inCustodyOf(OrganisationId organisation, Collection<String> guardians);
}
