package fi.sote.booking.application.client.port.out;

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

    void save(OrganisationId organisation, ClientRecord record);
}
