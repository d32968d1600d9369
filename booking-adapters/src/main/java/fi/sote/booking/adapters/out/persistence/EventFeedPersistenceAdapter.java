package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.event.port.out.EventFeed;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The outbox read as a feed, in the order of the transaction that wrote each event and then of its id. Transaction ids
 * are handed out as transactions begin to write, not as they commit, so a reader stops short of the oldest transaction
 * still running: below it every event that will ever be there is already there, and a position handed out is never
 * overtaken by an event committed later.
 */
@ApplicationScoped
class EventFeedPersistenceAdapter implements EventFeed {

    /**
     * The organisation's next events after a position, as the feed has them: in (transaction, id) order, below the
     * oldest transaction still running, a client's notifications left out; bound by {@link #bindPage}.
     */
    static final String PAGE = """
            select *
              from outbox_event
             where organisation_id = ? and event_type <> 'client.notification'
               and (xid, id) > (?::text::xid8, ?)
               and xid < pg_snapshot_xmin(pg_current_snapshot())
             order by xid, id
             limit ?""";

    private static final String AFTER = "select id, xid::text as xid, event_type, aggregate_type, aggregate_id,"
            + " occurred_at from (" + PAGE + ") page order by xid, id";

    private final Sql sql;

    EventFeedPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Event> after(OrganisationId organisation, Position after, int limit) {
        return sql.list(AFTER, s -> bindPage(s, organisation, after, limit), EventFeedPersistenceAdapter::event);
    }

    /** Binds the first four parameters of a statement that reads {@link #PAGE}. */
    static void bindPage(Sql.Statement s, OrganisationId organisation, Position after, int limit) throws SQLException {
        s.set(1, organisation.value());
        s.set(2, Long.toUnsignedString(after.transaction()));
        s.set(3, after.event());
        s.set(4, limit);
    }

    /** An event of the outbox as a query of the feed selects it (its transaction id as text, {@code xid}). */
    static Event event(ResultSet row) throws SQLException {
        return new Event(
                row.getLong("id"),
                row.getString("event_type"),
                row.getString("aggregate_type"),
                row.getObject("aggregate_id", UUID.class),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new Position(Long.parseUnsignedLong(row.getString("xid")), row.getLong("id")));
    }
}
