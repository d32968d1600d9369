package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The readers' positions in the feeds (migration V18), each held by one instance at a time for a lease. A reader new
 * to an organisation starts at its first event; the migration that brought the client messages placed their reader at
 * the end of each organisation's feed as it stood.
 */
@ApplicationScoped
class EventReadersPersistenceAdapter implements EventReaders {

    private final Sql sql;

    EventReadersPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<OrganisationId> organisations() {
        return sql.list(
                "select distinct organisation_id from resource",
                s -> {},
                row -> new OrganisationId(row.getString("organisation_id")));
    }

    @Override
    public Optional<Position> take(String reader, OrganisationId organisation, Duration lease) {
        sql.update("""
                insert into event_reader (reader, organisation_id, xid, event_id) values (?, ?, '0', 0)
                on conflict do nothing""", s -> {
            s.set(1, reader);
            s.set(2, organisation.value());
        });
        return sql.one(
                """
                update event_reader set leased_until = now() + ?::interval
                 where reader = ? and organisation_id = ? and (leased_until is null or leased_until < now())
                returning xid::text as xid, event_id""",
                s -> {
                    s.set(1, lease.toMillis() + " milliseconds");
                    s.set(2, reader);
                    s.set(3, organisation.value());
                },
                row -> new Position(Long.parseUnsignedLong(row.getString("xid")), row.getLong("event_id")));
    }

    @Override
    public void keep(String reader, OrganisationId organisation, Position position, Duration lease) {
        sql.update("""
                update event_reader set xid = ?::text::xid8, event_id = ?, leased_until = now() + ?::interval
                 where reader = ? and organisation_id = ?""", s -> {
            s.set(1, Long.toUnsignedString(position.transaction()));
            s.set(2, position.event());
            s.set(3, lease.toMillis() + " milliseconds");
            s.set(4, reader);
            s.set(5, organisation.value());
        });
    }

    @Override
    public void release(String reader, OrganisationId organisation) {
        sql.update("update event_reader set leased_until = null where reader = ? and organisation_id = ?", s -> {
            s.set(1, reader);
            s.set(2, organisation.value());
        });
    }
}
