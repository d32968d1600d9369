package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

@ApplicationScoped
class CalendarPersistenceAdapter implements CalendarRepository {

    private static final String ENTRY_COLUMNS = "e.*, lower(e.during) as starts, upper(e.during) as ends";

    private final Sql sql;
    private final ReleaseSnapshots releaseSnapshots;

    CalendarPersistenceAdapter(Sql sql, ReleaseSnapshots releaseSnapshots) {
        this.sql = sql;
        this.releaseSnapshots = releaseSnapshots;
    }

    @Override
    public boolean add(CalendarEntry entry) {
        return sql.updateUnless(
                Sql.EXCLUSION_VIOLATION,
                """
                with added as (
                    insert into calendar_entry (id, organisation_id, resource_id, entry_type, blocks_booking, during,
                        client_reference, version)
                    values (?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?)
                    returning organisation_id, id, resource_id)
                """ + Outbox.announce("added", "calendar-entry", "calendar-entry.added"),
                s -> {
                    s.set(1, entry.id().value());
                    s.set(2, entry.organisation().value());
                    s.set(3, entry.resource().value());
                    s.set(4, entry.entryType());
                    s.set(5, entry.blocksBooking());
                    s.set(6, ReleaseRows.utc(entry.interval().start()));
                    s.set(7, ReleaseRows.utc(entry.interval().end()));
                    s.set(8, entry.clientReference());
                    s.set(9, entry.version());
                });
    }

    @Override
    public Replacement replace(CalendarEntry previous, CalendarEntry next) {
        String event = previous.interval().equals(next.interval()) ? "changed" : "moved";
        Sql.Guarded<Long> outcome = sql.guarded(
                """
                with replaced as (
                    update calendar_entry set entry_type = ?, blocks_booking = ?, during = tstzrange(?, ?, '[)'),
                           client_reference = ?, version = ?
                     where organisation_id = ? and id = ? and version = ?
                    returning organisation_id, id, resource_id),
                announced as (
                """ + Outbox.announce("replaced", "calendar-entry", "calendar-entry." + event) + """
                )
                select count(*) from replaced""",
                s -> {
                    s.set(1, next.entryType());
                    s.set(2, next.blocksBooking());
                    s.set(3, ReleaseRows.utc(next.interval().start()));
                    s.set(4, ReleaseRows.utc(next.interval().end()));
                    s.set(5, next.clientReference());
                    s.set(6, next.version());
                    s.set(7, next.organisation().value());
                    s.set(8, next.id().value());
                    s.set(9, previous.version());
                },
                row -> row.getLong(1));
        if (outcome.refusal() != null) {
            if (!outcome.refusal().sqlState().equals(Sql.EXCLUSION_VIOLATION)
                    && !outcome.refusal().deadlock()) {
                throw new IllegalStateException("Update failed: "
                        + outcome.refusal().sqlState() + " " + outcome.refusal().constraint());
            }
            return Replacement.OVERLAPPING;
        }
        return outcome.row() == 0 ? Replacement.STALE : Replacement.REPLACED;
    }

    @Override
    public Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id) {
        return sql.one(
                "select " + ENTRY_COLUMNS + " from calendar_entry e where e.organisation_id = ? and e.id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                CalendarPersistenceAdapter::entry);
    }

    @Override
    public void remove(OrganisationId organisation, CalendarEntryId id) {
        sql.update("""
                with removed as (
                    delete from calendar_entry where organisation_id = ? and id = ?
                    returning organisation_id, id, resource_id)
                """ + Outbox.announce("removed", "calendar-entry", "calendar-entry.removed"), s -> {
            s.set(1, organisation.value());
            s.set(2, id.value());
        });
    }

    @Override
    public List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return sql.list(
                "select " + ENTRY_COLUMNS + """
                 from calendar_entry e
                where e.organisation_id = ? and e.resource_id = ? and e.during && tstzrange(?, ?, '[)')
                order by lower(e.during), e.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, resource.value());
                    s.set(3, ReleaseRows.utc(interval.start()));
                    s.set(4, ReleaseRows.utc(interval.end()));
                },
                CalendarPersistenceAdapter::entry);
    }

    @Override
    public void add(Release release) {
        sql.update(
                "with added as (" + ReleaseRows.INSERT + " returning organisation_id, id, resource_id) "
                        + Outbox.announce("added", "release", "release.added"),
                s -> ReleaseRows.bind(s, release));
        releaseSnapshots.changed(release.organisation());
    }

    @Override
    public Optional<Release> release(OrganisationId organisation, ReleaseId id) {
        return sql.one(
                "select " + ReleaseRows.COLUMNS + " from released_time r where r.organisation_id = ? and r.id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                ReleaseRows::read);
    }

    @Override
    public void remove(OrganisationId organisation, ReleaseId id) {
        sql.update("""
                with withdrawn as (
                    delete from released_time where organisation_id = ? and id = ?
                    returning organisation_id, id, resource_id)
                """ + Outbox.announce("withdrawn", "release", "release.withdrawn"), s -> {
            s.set(1, organisation.value());
            s.set(2, id.value());
        });
        releaseSnapshots.changed(organisation);
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource) {
        return sql.list(
                "select " + ReleaseRows.COLUMNS + """
                 from released_time r where r.organisation_id = ? and r.resource_id = ?
                order by lower(r.validity), r.created_at, r.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, resource.value());
                },
                ReleaseRows::read);
    }

    @Override
    public List<Release> releases(
            OrganisationId organisation, ResourceId resource, BookableProductId product, LocalDate from, LocalDate to) {
        return sql.list(
                "select " + ReleaseRows.COLUMNS + """
                 from released_time r where r.organisation_id = ? and r.resource_id = ?
                  and r.validity && daterange(?, ?, '[]') and ? = any (r.product_ids)
                order by lower(r.validity), r.created_at, r.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, resource.value());
                    s.set(3, from);
                    s.set(4, to);
                    s.set(5, product.value());
                },
                ReleaseRows::read);
    }

    private static CalendarEntry entry(ResultSet row) throws SQLException {
        return new CalendarEntry(
                new CalendarEntryId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                new ResourceId(row.getObject("resource_id", UUID.class)),
                row.getString("entry_type"),
                row.getBoolean("blocks_booking"),
                new TimeInterval(
                        row.getObject("starts", OffsetDateTime.class).toInstant(),
                        row.getObject("ends", OffsetDateTime.class).toInstant()),
                row.getString("client_reference"),
                row.getLong("version"));
    }
}
