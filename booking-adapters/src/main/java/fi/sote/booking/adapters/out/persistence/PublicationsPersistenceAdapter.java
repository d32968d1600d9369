package fi.sote.booking.adapters.out.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.publication.port.out.Publications;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.shared.OrganisationId;

/** What has been published of each booking to the national appointment register (migration V29). */
@ApplicationScoped
class PublicationsPersistenceAdapter implements Publications {

    private final Sql sql;

    PublicationsPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Published> of(OrganisationId organisation, BookingId booking) {
        return sql.one(
                """
                select version, remote_id, remote_version from appointment_publication
                 where organisation_id = ? and booking_id = ? and version is not null""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, booking.value());
                },
                row -> new Published(
                        row.getLong("version"), row.getString("remote_id"), row.getString("remote_version")));
    }

    @Override
    public void published(OrganisationId organisation, BookingId booking, Published published, Instant at) {
        sql.update("""
                insert into appointment_publication
                    (organisation_id, booking_id, version, remote_id, remote_version, published_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, booking_id) do update
                   set version = excluded.version, remote_id = excluded.remote_id,
                       remote_version = excluded.remote_version, published_at = excluded.published_at""", s -> {
            s.set(1, organisation.value());
            s.set(2, booking.value());
            s.set(3, published.version());
            s.set(4, published.remoteId());
            s.set(5, published.remoteVersion());
            s.set(6, ReleaseRows.utc(at));
        });
    }

    @Override
    public void refused(OrganisationId organisation, BookingId booking, long version, String error, Instant at) {
        sql.update("""
                insert into appointment_publication
                    (organisation_id, booking_id, refused_version, refused_error, refused_at)
                values (?, ?, ?, ?, ?)
                on conflict (organisation_id, booking_id) do update
                   set refused_version = excluded.refused_version, refused_error = excluded.refused_error,
                       refused_at = excluded.refused_at""", s -> {
            s.set(1, organisation.value());
            s.set(2, booking.value());
            s.set(3, version);
            s.set(4, error.length() > 2000 ? error.substring(0, 2000) : error);
            s.set(5, ReleaseRows.utc(at));
        });
    }
}
