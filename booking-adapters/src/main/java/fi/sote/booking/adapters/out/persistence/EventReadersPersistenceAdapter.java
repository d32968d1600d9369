package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
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

    /**
     * The page of the feed read in the database, so that only the few events that may concern the audience leave it,
     * with the page's last event to go on from. {@code %s} is what makes an event one for the audience.
     */
    private static final String EVENTS = "with page as (" + EventFeedPersistenceAdapter.PAGE + "), " + """
            marked as (
                select p.*, row_number() over (order by p.xid desc, p.id desc) = 1 as last, %s as concerns
                  from page p)
            select id, xid::text as xid, event_type, aggregate_type, aggregate_id, occurred_at, last, concerns
              from marked where last or concerns
             order by xid, id""";

    /**
     * A booking booked or cancelled, or a time offered from the waitlist, whose client has a client record (the event
     * names its client), its own or, for a client booked under a personal identity code, the one linked to the code.
     */
    private static final String CLIENT_EVENTS = EVENTS.formatted("""
            p.aggregate_type = 'booking' and p.event_type in ('booking.booked', 'booking.cancelled', 'waitlist.offered')
            and (exists (select 1 from client_record c
                          where c.organisation_id = p.organisation_id and c.reference = p.payload->>'client')
                 or exists (select 1 from client_record c
                             where c.organisation_id = p.organisation_id
                               and c.identity_reference = p.payload->>'client'))""");

    /** A booking booked through counselling, or booked in place of another. */
    private static final String STAFF_EVENTS = EVENTS.formatted("""
            p.aggregate_type = 'booking' and p.event_type = 'booking.booked'
            and (p.payload->>'channel' = 'COUNSELLING' or p.payload->>'replaces' is not null)""");

    /** Every change of a booking: what the national appointment register is told of. */
    private static final String PUBLICATION_EVENTS = EVENTS.formatted("""
            p.aggregate_type = 'booking' and p.event_type like 'booking.%'""");

    /** A row of {@link #EVENTS}: the event, whether it is the page's last, whether it may concern the audience. */
    private record Read(Event event, boolean last, boolean concerns) {}

    @Override
    public Events events(Audience audience, OrganisationId organisation, Position after, int limit) {
        List<Read> rows = sql.list(
                switch (audience) {
                    case CLIENTS -> CLIENT_EVENTS;
                    case STAFF -> STAFF_EVENTS;
                    case PUBLICATION -> PUBLICATION_EVENTS;
                },
                s -> EventFeedPersistenceAdapter.bindPage(s, organisation, after, limit),
                row -> new Read(
                        EventFeedPersistenceAdapter.event(row), row.getBoolean("last"), row.getBoolean("concerns")));
        return new Events(
                rows.stream().filter(Read::concerns).map(Read::event).toList(),
                rows.stream()
                        .filter(Read::last)
                        .map(read -> read.event().position())
                        .findFirst()
                        .orElse(after));
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
