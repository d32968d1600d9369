package fi.sote.booking.adapters.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.shared.OrganisationId;

/** The staff's contacts (migration V19). */
@ApplicationScoped
class StaffContactsPersistenceAdapter implements StaffContacts {

    private final Sql sql;

    StaffContactsPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StaffContact> find(OrganisationId organisation, String subject) {
        return sql.one(
                """
                select email, phone, language, second_contact from staff_contact
                 where organisation_id = ? and subject = ?""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, subject);
                },
                row -> new StaffContact(
                        organisation,
                        subject,
                        row.getString("email"),
                        row.getString("phone"),
                        row.getString("language"),
                        row.getString("second_contact")));
    }

    @Override
    public void save(StaffContact contact) {
        sql.update("""
                insert into staff_contact (organisation_id, subject, email, phone, language, second_contact, updated_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (organisation_id, subject) do update
                   set email = excluded.email, phone = excluded.phone, language = excluded.language,
                       second_contact = excluded.second_contact, updated_at = excluded.updated_at""", s -> {
            s.set(1, contact.organisation().value());
            s.set(2, contact.subject());
            s.set(3, contact.email());
            s.set(4, contact.phone());
            s.set(5, contact.language());
            s.set(6, contact.secondContact());
        });
    }
}
