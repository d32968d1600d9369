package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Visits and their alerts: the visits as Panache entities; a visit checked out of or an alert closed, with its outbox
 * event, in one SQL statement, and the due alerts raised by an update that only touches visits without one, so that
 * several instances raise each once (ADR 0006).
 */
@ApplicationScoped
class VisitPersistenceAdapter implements VisitRepository {

    /** What an alert event tells a subscriber: whose visit, when it was due, never the client. */
    private static final String ALERT_PAYLOAD = """
            jsonb_build_object('visit', id, 'resource', resource_id, 'checkedInAt', checked_in_at,
                               'plannedEnd', planned_end, 'alertDueAt', alert_due_at, 'raisedAt', alert_raised_at,
                               'closedAt', alert_closed_at, 'closedBy', alert_closed_by)""";

    static final class Visits implements PanacheRepositoryBase<VisitEntity, UUID> {}

    private final Visits visits = new Visits();
    private final Sql sql;

    VisitPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(Visit visit) {
        // one open visit per worker: a partial unique index (visit_one_open) decides
        return UniqueRows.add(
                visits,
                VisitEntity.of(visit),
                "resourceId = ?1 and checkedOutAt is null",
                visit.resource().value());
    }

    @Override
    public Optional<Visit> visit(OrganisationId organisation, VisitId id) {
        return visits.find("organisationId = ?1 and id = ?2", organisation.value(), id.value())
                .firstResultOptional()
                .map(VisitEntity::toDomain);
    }

    @Override
    public List<Visit> open(OrganisationId organisation, Collection<ResourceId> resources) {
        return visits
                .list(
                        "organisationId = ?1 and resourceId in ?2 and checkedOutAt is null order by checkedInAt",
                        organisation.value(),
                        ids(resources))
                .stream()
                .map(VisitEntity::toDomain)
                .toList();
    }

    @Override
    public List<Visit> openAlerts(OrganisationId organisation, Collection<ResourceId> resources) {
        return visits
                .list(
                        "organisationId = ?1 and resourceId in ?2 and alertRaisedAt is not null and alertClosedAt is null"
                                + " order by alertRaisedAt, id",
                        organisation.value(),
                        ids(resources))
                .stream()
                .map(VisitEntity::toDomain)
                .toList();
    }

    private static List<UUID> ids(Collection<ResourceId> resources) {
        return resources.stream().map(ResourceId::value).toList();
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
