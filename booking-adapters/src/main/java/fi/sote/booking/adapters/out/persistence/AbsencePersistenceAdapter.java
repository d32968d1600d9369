package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.absence.port.out.AbsenceRepository;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

@ApplicationScoped
class AbsencePersistenceAdapter implements AbsenceRepository {

    private static final String COLUMNS = """
            e.id, e.organisation_id, e.resource_id, e.entry_type, lower(e.during) as starts, upper(e.during) as ends,
            a.recorded_by, a.recorded_at""";

    private final Sql sql;

    AbsencePersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(Absence absence) {
        // the entry, the absence and its event in one statement, refused as one by the no-overlap constraint
        return sql.updateUnless(
                Sql.EXCLUSION_VIOLATION, """
                with entry as (
                    insert into calendar_entry (id, organisation_id, resource_id, entry_type, blocks_booking, during,
                        is_absence, version)
                    values (?, ?, ?, ?, true, tstzrange(?, ?, '[)'), true, 0)
                    returning id, organisation_id, resource_id),
                recorded as (
                    insert into absence (entry_id, organisation_id, recorded_by, recorded_at)
                    select id, organisation_id, ?, ? from entry)
                """ + Outbox.announce("entry", "absence", "absence.recorded"), s -> {
                    s.set(1, absence.id().value());
                    s.set(2, absence.organisation().value());
                    s.set(3, absence.resource().value());
                    s.set(4, absence.entryType());
                    s.set(5, ReleaseRows.utc(absence.interval().start()));
                    s.set(6, ReleaseRows.utc(absence.interval().end()));
                    s.set(7, absence.recordedBy());
                    s.set(8, ReleaseRows.utc(absence.recordedAt()));
                });
    }

    @Override
    public Optional<Absence> absence(OrganisationId organisation, CalendarEntryId id) {
        return sql.one(
                "select " + COLUMNS + """
                 from absence a join calendar_entry e on e.id = a.entry_id
                where a.organisation_id = ? and a.entry_id = ?""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                AbsencePersistenceAdapter::read);
    }

    @Override
    public List<Absence> ofResources(OrganisationId organisation, Collection<ResourceId> resources, Instant after) {
        return sql.list(
                "select " + COLUMNS + """
                 from absence a join calendar_entry e on e.id = a.entry_id
                where a.organisation_id = ? and e.resource_id = any (?) and upper(e.during) > ?
                order by lower(e.during), e.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.uuids(2, resources.stream().map(ResourceId::value).toList());
                    s.set(3, ReleaseRows.utc(after));
                },
                AbsencePersistenceAdapter::read);
    }

    private static Absence read(ResultSet row) throws SQLException {
        return new Absence(
                new CalendarEntryId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                new ResourceId(row.getObject("resource_id", UUID.class)),
                row.getString("entry_type"),
                Sql.interval(row, "starts", "ends"),
                row.getString("recorded_by"),
                Sql.instant(row, "recorded_at"));
    }
}
