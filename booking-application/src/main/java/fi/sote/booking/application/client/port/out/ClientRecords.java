package fi.sote.booking.application.client.port.out;

import java.util.Collection;
import java.util.HashMap;
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

    Optional<ClientRecord> find(OrganisationId organisation, String reference);

    /** Those of the clients the system has sent a record of, by reference: one read for many. */
    default Map<String, ClientRecord> find(OrganisationId organisation, Collection<String> references) {
        Map<String, ClientRecord> found = new HashMap<>();
        for (String reference : references) {
            find(organisation, reference).ifPresent(record -> found.put(reference, record));
        }
        return found;
    }

    void save(OrganisationId organisation, ClientRecord record);
}
