package fi.sote.booking.adapters.out.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Client records as the client-record system last sent them (migration V8): read as Panache entities; written by an
 * upsert in SQL, because the system may send the same new client twice at the same moment and the last one must win
 * without either failing (ADR 0006).
 */
@ApplicationScoped
class ClientRecordPersistenceAdapter implements ClientRecords {

    static final class Records implements PanacheRepositoryBase<ClientRecordEntity, ClientRecordEntity.Key> {}

    private final Records records = new Records();
    private final Sql sql;

    ClientRecordPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ClientRecord> find(OrganisationId organisation, String reference) {
        return records.findByIdOptional(new ClientRecordEntity.Key(organisation.value(), reference))
                .map(ClientRecordEntity::toDomain);
    }

    @Override
    public Map<String, ClientRecord> find(OrganisationId organisation, Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return records.list("organisationId = ?1 and reference in ?2", organisation.value(), references).stream()
                .map(ClientRecordEntity::toDomain)
                .collect(Collectors.toMap(ClientRecord::reference, record -> record));
    }

    @Override
    public void save(OrganisationId organisation, ClientRecord record) {
        sql.update("""
                insert into client_record (organisation_id, reference, name, phone, street, postal_code, post_office,
                                           non_disclosure, guardians, email, message_channels)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, reference) do update set name = excluded.name, phone = excluded.phone,
                    street = excluded.street, postal_code = excluded.postal_code, post_office = excluded.post_office,
                    non_disclosure = excluded.non_disclosure, guardians = excluded.guardians, email = excluded.email,
                    message_channels = excluded.message_channels, updated_at = now()""", s -> {
            s.set(1, organisation.value());
            s.set(2, record.reference());
            s.set(3, record.name());
            s.set(4, record.phone());
            s.set(5, record.address() == null ? null : record.address().street());
            s.set(6, record.address() == null ? null : record.address().postalCode());
            s.set(7, record.address() == null ? null : record.address().postOffice());
            s.set(8, record.nonDisclosure());
            s.texts(9, record.guardians());
            s.set(10, record.email());
            if (record.messageChannels() == null) {
                s.set(11, null);
            } else {
                s.texts(11, record.messageChannels().stream().map(Enum::name).toList());
            }
        });
    }
}
