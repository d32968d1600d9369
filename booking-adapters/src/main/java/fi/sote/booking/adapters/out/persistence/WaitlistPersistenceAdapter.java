package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Filter;
import fi.sote.booking.application.waitlist.port.out.WaitlistRepository;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/**
 * The waitlist in SQL. One open entry per client and product (or social service) is kept by a partial unique index;
 * a change is one statement, conditional on the version read, that writes its outbox event with it.
 */
@ApplicationScoped
class WaitlistPersistenceAdapter implements WaitlistRepository {

    private static final String COLUMNS = """
            id, organisation_id, client_reference, product_id, social_service_id, first_day, last_day, contact_mode,
            client_language, channel, joined_by, joined_at, status, offer_id, offered_until, offers, passed, closed_at,
            version""";

    /** The fair order of the line, as WaitlistEntry.FAIR_ORDER states it. */
    private static final String FAIR = " order by joined_at, id";

    /** The change of an entry, only from the version read. */
    private static final String UPDATE = """
            update waitlist_entry
               set status = ?, offer_id = ?, offered_until = ?, offers = ?, passed = ?, closed_at = ?,
                   version = version + 1
             where organisation_id = ? and id = ? and version = ?""";

    private final Sql sql;

    WaitlistPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(WaitlistEntry entry) {
        return sql.update(
                        "insert into waitlist_entry (" + COLUMNS + ")"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (organisation_id, client_reference, coalesce(product_id, social_service_id))"
                                + " where status in ('WAITING', 'OFFERED') do nothing",
                        s -> {
                            int at = 1;
                            s.set(at++, entry.id().value());
                            s.set(at++, entry.organisation().value());
                            s.set(at++, entry.client());
                            s.set(
                                    at++,
                                    entry.product() == null
                                            ? null
                                            : entry.product().value());
                            s.set(
                                    at++,
                                    entry.socialService() == null
                                            ? null
                                            : entry.socialService().value());
                            s.set(at++, entry.from());
                            s.set(at++, entry.to());
                            s.set(at++, entry.contactMode());
                            s.set(at++, entry.clientLanguage());
                            s.set(at++, entry.channel().name());
                            s.set(at++, entry.joinedBy());
                            s.set(at++, ReleaseRows.utc(entry.joinedAt()));
                            s.set(at++, entry.status().name());
                            s.set(
                                    at++,
                                    entry.offer() == null ? null : entry.offer().value());
                            s.set(at++, entry.offeredUntil() == null ? null : ReleaseRows.utc(entry.offeredUntil()));
                            s.set(at++, entry.offers());
                            s.texts(at++, entry.passed());
                            s.set(at++, entry.closedAt() == null ? null : ReleaseRows.utc(entry.closedAt()));
                            s.set(at, entry.version());
                        })
                == 1;
    }

    @Override
    public Optional<WaitlistEntry> entry(OrganisationId organisation, WaitlistEntryId id) {
        return sql.one(
                "select " + COLUMNS + " from waitlist_entry where organisation_id = ? and id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                WaitlistPersistenceAdapter::read);
    }

    @Override
    public boolean replace(WaitlistEntry previous, WaitlistEntry next, String event) {
        // the event names the hold offered (a booking): the client is told of it as of their bookings
        String statement = event == null ? UPDATE : "with changed as (" + UPDATE + " returning *)" + """
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, 'booking', offer_id, ?,
                       jsonb_build_object('waitlistEntry', id, 'client', client_reference,
                                          'offeredUntil', offered_until), now()
                  from changed""";
        return sql.update(statement, s -> {
                    s.set(1, next.status().name());
                    s.set(2, next.offer() == null ? null : next.offer().value());
                    s.set(3, next.offeredUntil() == null ? null : ReleaseRows.utc(next.offeredUntil()));
                    s.set(4, next.offers());
                    s.texts(5, next.passed());
                    s.set(6, next.closedAt() == null ? null : ReleaseRows.utc(next.closedAt()));
                    s.set(7, previous.organisation().value());
                    s.set(8, previous.id().value());
                    s.set(9, previous.version());
                    if (event != null) {
                        s.set(10, event);
                    }
                })
                == 1;
    }

    @Override
    public List<WaitlistEntry> list(OrganisationId organisation, Filter filter, Collection<String> clients) {
        return sql.list(
                "select " + COLUMNS + " from waitlist_entry where organisation_id = ? and status = any(?)"
                        + " and (?::uuid is null or coalesce(product_id, social_service_id) = ?::uuid)"
                        + " and (?::text[] is null or client_reference = any(?::text[]))" + FAIR + " limit ?",
                s -> {
                    s.set(1, organisation.value());
                    s.texts(2, filter.statuses().stream().map(Enum::name).toList());
                    s.set(3, filter.awaited());
                    s.set(4, filter.awaited());
                    if (clients == null) {
                        s.set(5, null);
                        s.set(6, null);
                    } else {
                        s.texts(5, clients);
                        s.texts(6, clients);
                    }
                    s.set(7, filter.limit());
                },
                WaitlistPersistenceAdapter::read);
    }

    @Override
    public Map<WaitlistEntryId, Integer> places(OrganisationId organisation, Collection<UUID> awaited) {
        Map<WaitlistEntryId, Integer> places = new HashMap<>();
        sql.list(
                """
                select id,
                       row_number() over (partition by coalesce(product_id, social_service_id) order by joined_at, id)
                           as place
                  from waitlist_entry
                 where organisation_id = ? and coalesce(product_id, social_service_id) = any(?)
                   and status in ('WAITING', 'OFFERED')""",
                s -> {
                    s.set(1, organisation.value());
                    s.uuids(2, awaited);
                },
                row -> places.put(new WaitlistEntryId(row.getObject("id", UUID.class)), row.getInt("place")));
        return places;
    }

    @Override
    public List<OrganisationId> organisationsWaiting() {
        return sql.list(
                "select distinct organisation_id from waitlist_entry where status in ('WAITING', 'OFFERED')",
                s -> {},
                row -> new OrganisationId(row.getString("organisation_id")));
    }

    private static WaitlistEntry read(ResultSet row) throws SQLException {
        UUID offer = row.getObject("offer_id", UUID.class);
        UUID product = row.getObject("product_id", UUID.class);
        UUID service = row.getObject("social_service_id", UUID.class);
        return new WaitlistEntry(
                new WaitlistEntryId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                row.getString("client_reference"),
                product == null ? null : new BookableProductId(product),
                service == null ? null : new SocialServiceId(service),
                row.getObject("first_day", LocalDate.class),
                row.getObject("last_day", LocalDate.class),
                row.getString("contact_mode"),
                row.getString("client_language"),
                Channel.valueOf(row.getString("channel")),
                row.getString("joined_by"),
                Sql.instant(row, "joined_at"),
                WaitlistStatus.valueOf(row.getString("status")),
                offer == null ? null : new BookingId(offer),
                Sql.instant(row, "offered_until"),
                row.getInt("offers"),
                Set.copyOf(Sql.texts(row, "passed")),
                Sql.instant(row, "closed_at"),
                row.getLong("version"));
    }
}
