package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.calendar.port.out.CalendarFeedRepository;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** The calendar feeds (migration V15). */
@ApplicationScoped
class CalendarFeedPersistenceAdapter implements CalendarFeedRepository {

    private static final String COLUMNS = "id, organisation_id, resource_id, label, created_by, created_at";

    private final Sql sql;

    CalendarFeedPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(CalendarFeed feed, byte[] tokenHash) {
        sql.update("insert into calendar_feed (" + COLUMNS + ", token_hash) values (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.set(1, feed.id().value());
            s.set(2, feed.organisation().value());
            s.set(3, feed.resource().value());
            s.set(4, feed.label());
            s.set(5, feed.createdBy());
            s.set(6, ReleaseRows.utc(feed.createdAt()));
            s.set(7, tokenHash);
        });
    }

    @Override
    public List<CalendarFeed> ofResource(OrganisationId organisation, ResourceId resource) {
        return sql.list(
                "select " + COLUMNS + " from calendar_feed"
                        + " where organisation_id = ? and resource_id = ? and revoked_at is null"
                        + " order by created_at, id",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, resource.value());
                },
                CalendarFeedPersistenceAdapter::feed);
    }

    @Override
    public Optional<CalendarFeed> feed(OrganisationId organisation, CalendarFeedId id) {
        return sql.one(
                "select " + COLUMNS + " from calendar_feed where organisation_id = ? and id = ? and revoked_at is null",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                CalendarFeedPersistenceAdapter::feed);
    }

    @Override
    public Optional<CalendarFeed> byTokenHash(byte[] tokenHash) {
        return sql.one(
                "select " + COLUMNS + " from calendar_feed where token_hash = ? and revoked_at is null",
                s -> s.set(1, tokenHash),
                CalendarFeedPersistenceAdapter::feed);
    }

    @Override
    public void revoke(OrganisationId organisation, CalendarFeedId id, Instant at) {
        sql.update(
                "update calendar_feed set revoked_at = ? where organisation_id = ? and id = ? and revoked_at is null",
                s -> {
                    s.set(1, ReleaseRows.utc(at));
                    s.set(2, organisation.value());
                    s.set(3, id.value());
                });
    }

    private static CalendarFeed feed(ResultSet row) throws SQLException {
        return new CalendarFeed(
                new CalendarFeedId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                new ResourceId(row.getObject("resource_id", UUID.class)),
                row.getString("label"),
                row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
