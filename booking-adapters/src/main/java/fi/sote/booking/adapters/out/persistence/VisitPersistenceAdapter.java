package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

@ApplicationScoped
class VisitPersistenceAdapter implements VisitRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /** What an alert event tells a subscriber: whose visit, when it was due, never the client. */
    private static final String ALERT_PAYLOAD = """
            jsonb_build_object('visit', id, 'resource', resource_id, 'checkedInAt', checked_in_at,
                               'plannedEnd', planned_end, 'alertDueAt', alert_due_at, 'raisedAt', alert_raised_at,
                               'closedAt', alert_closed_at, 'closedBy', alert_closed_by)""";

    private final Sql sql;

    VisitPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(Visit visit) {
        return sql.updateUnless(UNIQUE_VIOLATION, """
                insert into visit (id, organisation_id, resource_id, booking_id, entry_id, checked_in_by, checked_in_at,
                    planned_end, alert_due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.set(1, visit.id().value());
            s.set(2, visit.organisation().value());
            s.set(3, visit.resource().value());
            s.set(4, visit.booking() == null ? null : visit.booking().value());
            s.set(5, visit.entry() == null ? null : visit.entry().value());
            s.set(6, visit.checkedInBy());
            s.set(7, ReleaseRows.utc(visit.checkedInAt()));
            s.set(8, ReleaseRows.utc(visit.plannedEnd()));
            s.set(9, ReleaseRows.utc(visit.alertDueAt()));
        });
    }

    @Override
    public Optional<Visit> visit(OrganisationId organisation, VisitId id) {
        return sql.one(
                "select * from visit where organisation_id = ? and id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                VisitPersistenceAdapter::read);
    }

    @Override
    public List<Visit> open(OrganisationId organisation, Collection<ResourceId> resources) {
        return sql.list(
                """
                select * from visit where organisation_id = ? and resource_id = any (?) and checked_out_at is null
                order by checked_in_at""",
                s -> {
                    s.set(1, organisation.value());
                    s.uuids(2, resources.stream().map(ResourceId::value).toList());
                },
                VisitPersistenceAdapter::read);
    }

    @Override
    public List<Visit> openAlerts(OrganisationId organisation, Collection<ResourceId> resources) {
        return sql.list(
                """
                select * from visit where organisation_id = ? and alert_raised_at is not null and alert_closed_at is null
                   and resource_id = any (?)
                order by alert_raised_at, id""",
                s -> {
                    s.set(1, organisation.value());
                    s.uuids(2, resources.stream().map(ResourceId::value).toList());
                },
                VisitPersistenceAdapter::read);
    }

    @Override
    public void update(Visit visit, String event) {
        sql.update("""
                with changed as (
                    update visit set checked_out_at = ?, alert_closed_at = ?, alert_closed_by = ?
                     where organisation_id = ? and id = ?
                    returning *)
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, 'visit', id, ?,\s""" + ALERT_PAYLOAD + """
                , now() from changed where ?::text is not null""", s -> {
            s.set(1, visit.checkedOutAt() == null ? null : ReleaseRows.utc(visit.checkedOutAt()));
            s.set(2, visit.alertClosedAt() == null ? null : ReleaseRows.utc(visit.alertClosedAt()));
            s.set(3, visit.alertClosedBy());
            s.set(4, visit.organisation().value());
            s.set(5, visit.id().value());
            s.set(6, event);
            s.set(7, event);
        });
    }

    @Override
    public List<Visit> raiseDueAlerts(Instant now) {
        // a row another caller is raising at this moment is waited for and then, raised, left alone
        return sql.list(
                """
                with raised as (
                    update visit set alert_raised_at = ?
                     where checked_out_at is null and alert_raised_at is null and alert_due_at <= ?
                    returning *),
                events as (
                    insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                    select organisation_id, 'visit', id, 'work-safety.alert-raised',\s""" + ALERT_PAYLOAD + """
                    , alert_raised_at from raised)
                select * from raised""",
                s -> {
                    s.set(1, ReleaseRows.utc(now));
                    s.set(2, ReleaseRows.utc(now));
                },
                VisitPersistenceAdapter::read);
    }

    private static Visit read(ResultSet row) throws SQLException {
        UUID booking = row.getObject("booking_id", UUID.class);
        UUID entry = row.getObject("entry_id", UUID.class);
        return new Visit(
                new VisitId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                new ResourceId(row.getObject("resource_id", UUID.class)),
                booking == null ? null : new BookingId(booking),
                entry == null ? null : new CalendarEntryId(entry),
                row.getString("checked_in_by"),
                Sql.instant(row, "checked_in_at"),
                Sql.instant(row, "planned_end"),
                Sql.instant(row, "alert_due_at"),
                Sql.instant(row, "checked_out_at"),
                Sql.instant(row, "alert_raised_at"),
                Sql.instant(row, "alert_closed_at"),
                row.getString("alert_closed_by"));
    }
}
