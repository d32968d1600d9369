package fi.sote.booking.application.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the client-record port: the last record sent of each client, per organisation. */
public final class InMemoryClientRecords implements ClientRecords {

    private final Map<String, ClientRecord> records = new HashMap<>();

    @Override
    public Optional<ClientRecord> find(OrganisationId organisation, String reference) {
        return Optional.ofNullable(records.get(organisation.value() + "\n" + reference));
    }

    @Override
    public void save(OrganisationId organisation, ClientRecord record) {
        records.put(organisation.value() + "\n" + record.reference(), record);
    }
}
