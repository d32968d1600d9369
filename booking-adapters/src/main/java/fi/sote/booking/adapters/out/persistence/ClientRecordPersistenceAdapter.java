package fi.sote.booking.adapters.out.persistence;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.OrganisationId;

/** Client records as the client-record system last sent them (migration V8). */
@ApplicationScoped
class ClientRecordPersistenceAdapter implements ClientRecords {

    private final Sql sql;

    ClientRecordPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ClientRecord> find(OrganisationId organisation, String reference) {
        return sql.one(
                """
                select reference, name, phone, street, postal_code, post_office, non_disclosure, guardians
                from client_record where organisation_id = ? and reference = ?""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, reference);
                },
                row -> new ClientRecord(
                        row.getString("reference"),
                        row.getString("name"),
                        row.getString("phone"),
                        row.getString("street") == null
                                ? null
                                : new Address(
                                        row.getString("street"),
                                        row.getString("postal_code"),
                                        row.getString("post_office")),
                        row.getBoolean("non_disclosure"),
                        Set.copyOf(Sql.texts(row, "guardians"))));
    }

    @Override
    public void save(OrganisationId organisation, ClientRecord record) {
        sql.update("""
                insert into client_record (organisation_id, reference, name, phone, street, postal_code, post_office,
                                           non_disclosure, guardians)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, reference) do update set name = excluded.name, phone = excluded.phone,
                    street = excluded.street, postal_code = excluded.postal_code, post_office = excluded.post_office,
                    non_disclosure = excluded.non_disclosure, guardians = excluded.guardians, updated_at = now()""", s -> {
            s.set(1, organisation.value());
            s.set(2, record.reference());
            s.set(3, record.name());
            s.set(4, record.phone());
            s.set(5, record.address() == null ? null : record.address().street());
            s.set(6, record.address() == null ? null : record.address().postalCode());
            s.set(7, record.address() == null ? null : record.address().postOffice());
            s.set(8, record.nonDisclosure());
            s.texts(9, record.guardians());
        });
    }
}
