package fi.sote.booking.adapters.out.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.ClientReference;
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

    /**
     * The record of the reference; for a client booked under a personal identity code (a pseudonym reference), the
     * record the client-record system linked to the code.
     */
    @Override
    public Optional<ClientRecord> find(OrganisationId organisation, String reference) {
        Optional<ClientRecord> own = records.findByIdOptional(
                        new ClientRecordEntity.Key(organisation.value(), reference))
                .map(ClientRecordEntity::toDomain);
        if (own.isPresent() || !reference.startsWith(ClientReference.PSEUDONYM_PREFIX)) {
            return own;
        }
        return linkedTo(organisation, reference).stream()
                .findFirst()
                .flatMap(linked -> records.findByIdOptional(new ClientRecordEntity.Key(organisation.value(), linked)))
                .map(ClientRecordEntity::toDomain);
    }

    @Override
    public Map<String, ClientRecord> find(OrganisationId organisation, Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, ClientRecord> found = new HashMap<>(
                records.list("organisationId = ?1 and reference in ?2", organisation.value(), references).stream()
                        .map(ClientRecordEntity::toDomain)
                        .collect(Collectors.toMap(ClientRecord::reference, record -> record)));
        references.stream()
                .filter(reference ->
                        !found.containsKey(reference) && reference.startsWith(ClientReference.PSEUDONYM_PREFIX))
                .forEach(reference -> find(organisation, reference).ifPresent(record -> found.put(reference, record)));
        return found;
    }

    @Override
    public void save(OrganisationId organisation, ClientRecord record, String identityReference) {
        sql.update("""
                insert into client_record (organisation_id, reference, name, phone, street, postal_code, post_office,
                                           non_disclosure, guardians, email, message_channels, identity_reference)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, reference) do update set name = excluded.name, phone = excluded.phone,
                    street = excluded.street, postal_code = excluded.postal_code, post_office = excluded.post_office,
                    non_disclosure = excluded.non_disclosure, guardians = excluded.guardians, email = excluded.email,
                    message_channels = excluded.message_channels, identity_reference = excluded.identity_reference,
                    updated_at = now()""", s -> {
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
            s.set(12, identityReference);
        });
    }

    @Override
    public List<String> linkedTo(OrganisationId organisation, String identityReference) {
        return sql.list(
                """
                select reference from client_record where organisation_id = ? and identity_reference = ?
                order by reference""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, identityReference);
                },
                row -> row.getString("reference"));
    }

    @Override
    public List<ClientRecord> inCustodyOf(OrganisationId organisation, Collection<String> guardians) {
        if (guardians.isEmpty()) {
            return List.of();
        }
        // through client_record_guardians (gin)
        List<String> children = sql.list(
                "select reference from client_record where organisation_id = ? and guardians && ?",
                s -> {
                    s.set(1, organisation.value());
                    s.texts(2, guardians);
                },
                row -> row.getString("reference"));
        return find(organisation, children).values().stream()
                .sorted(Comparator.comparing(ClientRecord::reference))
                .toList();
    }
}
