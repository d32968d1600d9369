package fi.sote.booking.application.fakes;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the client-record port: the last record sent of each client, per organisation. */
public final class InMemoryClientRecords implements ClientRecords {

    private final Map<String, ClientRecord> records = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    @Override
    public Optional<ClientRecord> find(OrganisationId organisation, String reference) {
        ClientRecord own = records.get(organisation.value() + "\n" + reference);
        if (own != null) {
            return Optional.of(own);
        }
        return linkedTo(organisation, reference).stream()
                .findFirst()
                .map(linked -> records.get(organisation.value() + "\n" + linked));
    }

    @Override
    public void save(OrganisationId organisation, ClientRecord record, String identityReference) {
        String key = organisation.value() + "\n" + record.reference();
        records.put(key, record);
        if (identityReference == null) {
            links.remove(key);
        } else {
            links.put(key, identityReference);
        }
    }

    @Override
    public List<String> linkedTo(OrganisationId organisation, String identityReference) {
        return links.entrySet().stream()
                .filter(link -> link.getKey().startsWith(organisation.value() + "\n")
                        && link.getValue().equals(identityReference))
                .map(link -> records.get(link.getKey()).reference())
                .sorted()
                .toList();
    }

    @Override
    public List<ClientRecord> inCustodyOf(OrganisationId organisation, Collection<String> guardians) {
        return records.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(organisation.value() + "\n")
                        && guardians.stream().anyMatch(entry.getValue()::inCustodyOf))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(ClientRecord::reference))
                .toList();
    }
}
