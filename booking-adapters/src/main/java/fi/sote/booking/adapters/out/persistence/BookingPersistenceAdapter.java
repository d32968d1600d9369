package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepository.ReleasesRead;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.booking.ReachAt;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.booking.StatusChange;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Bookings in PostgreSQL. The constraints of the booking table (migrations V4 and V24, for rooms) decide what may be
 * stored under concurrency; this adapter turns their refusals into the answers of the port.
 */
@ApplicationScoped
class BookingPersistenceAdapter implements BookingRepository {

    private static final String COLUMNS = "b.*, lower(b.during) as starts, upper(b.during) as ends, "
            + "lower(b.occupied) as occupied_starts, upper(b.occupied) as occupied_ends";

    /** Takes time: neither cancelled nor moved, and not a lapsed hold. */
    private static final String TAKES_TIME =
            "b.status not in ('CANCELLED', 'MOVED') " + "and (b.status <> 'PENDING' or b.hold_expires_at > now())";

    /**
     * Bookings and their events, each inserted unless something takes its time now: a blocking
     * calendar entry, a booking of the resource (but a place of the same group time), a booking or a blocking entry
     * of the room the booking takes (if any), a booking of the client (unless the booking allows it), or, when the releases were read earlier, that they have
     * changed since: the release the time was found in withdrawn, or, when the time was found in
     * none, a release of the resource that was not {@code known}; the answer says for each which, or
     * that it was inserted. One row of {@link #ROW} per booking, in the order of {@code ord}, so that groups
     * written at the same moment meet each other's times in the same order.
     */
    private static final String INSERT = """
            with wanted (ord, id, organisation_id, resource_id, product_id, starts, ends, occupied_starts, occupied_ends,
                         capacity, time_key, contact_mode, service_point_id, room_id, client_reference, client_language,
                         channel, booked_by, booked_at, status, hold_expires_at, referral_note, client_overlap_allowed,
                         language_mismatch_allowed, reach_at_sealed, series_id, multi_booking_id, replaces, version,
                         offered_by, known_releases, event_type, payload, occurred_at, shown)
                as (values %s),
            obstacle as (
                select w.*,
                       exists (select 1 from calendar_entry e
                                where e.resource_id = w.resource_id and e.during && tstzrange(w.occupied_starts, w.occupied_ends, '[)')
                                  and e.blocks_booking and e.organisation_id = w.organisation_id) as blocked,
                       exists (select 1 from booking b where\s""" + TAKES_TIME + """
                                  and b.resource_id = w.resource_id
                                  and b.occupied && tstzrange(w.occupied_starts, w.occupied_ends, '[)')
                                  and b.time_key <> w.time_key) as taken,
                       w.room_id is not null
                       and (exists (select 1 from booking b where\s""" + TAKES_TIME + """
                                     and b.room_id = w.room_id
                                     and b.occupied && tstzrange(w.occupied_starts, w.occupied_ends, '[)')
                                     and b.time_key <> w.time_key)
                            or (w.room_id <> w.resource_id
                                and exists (select 1 from calendar_entry e
                                             where e.resource_id = w.room_id
                                               and e.during && tstzrange(w.occupied_starts, w.occupied_ends, '[)')
                                               and e.blocks_booking and e.organisation_id = w.organisation_id)))
                           as room_taken,
                       not w.client_overlap_allowed and exists (select 1 from booking b where\s""" + TAKES_TIME + """
                                  and b.organisation_id = w.organisation_id and b.client_reference = w.client_reference
                                  and b.during && tstzrange(w.starts, w.ends, '[)')) as client_booked,
                       (w.offered_by is not null and not exists (select 1 from released_time r where r.id = w.offered_by))
                       or (w.known_releases is not null
                           and exists (select 1 from released_time r
                                        where r.resource_id = w.resource_id and r.id <> all (w.known_releases)))
                           as releases_changed
                  from wanted w),
            booked as (
                insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key,
                    contact_mode, service_point_id, room_id, client_reference, client_language, channel, booked_by,
                    booked_at, status, hold_expires_at, referral_note, client_overlap_allowed, language_mismatch_allowed,
                    reach_at_sealed, series_id, multi_booking_id, replaces, version)
                select id, organisation_id, resource_id, product_id, tstzrange(starts, ends, '[)'),
                       tstzrange(occupied_starts, occupied_ends, '[)'), capacity, time_key, contact_mode, service_point_id,
                       room_id, client_reference, client_language, channel, booked_by, booked_at, status, hold_expires_at,
                       referral_note, client_overlap_allowed, language_mismatch_allowed, reach_at_sealed, series_id,
                       multi_booking_id, replaces, version
                  from obstacle where not (blocked or taken or room_taken or client_booked or releases_changed)
                 order by ord
                on conflict do nothing
                returning id),
            announced as (
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select o.organisation_id, 'booking', o.id, o.event_type, o.payload, o.occurred_at
                  from obstacle o join booked using (id)),
            logged as (
                insert into audit_pending (organisation_id, kind, at, subject, role, unit, client_reference, operation,
                                           records, purpose, recipient)
                select o.organisation_id, e.kind, e.at, e.subject, e.role, e.unit, e.client_reference, e.operation,
                       e.records, e.purpose, e.recipient
                  from obstacle o join booked using (id),
                       jsonb_to_recordset(o.shown) as e(kind text, at timestamptz, subject text, role text, unit text,
                                                        client_reference text, operation text, records text[],
                                                        purpose text, recipient text))
            select o.ord, o.blocked, o.taken, o.room_taken, o.client_booked, o.releases_changed, o.id in (select id from booked) as inserted
              from obstacle o""";

    /** The values of one booking in {@link #INSERT}. */
    private static final String ROW =
            "(?::integer, ?::uuid, ?::text, ?::uuid, ?::uuid, ?::timestamptz, ?::timestamptz, "
                    + "?::timestamptz, ?::timestamptz, ?::integer, ?::text, ?::text, ?::uuid, ?::uuid, ?::text, ?::text, ?::text, ?::text, "
                    + "?::timestamptz, ?::text, ?::timestamptz, ?::text, ?::boolean, ?::boolean, ?::bytea, ?::uuid, ?::uuid, ?::uuid, "
                    + "?::bigint, "
                    + "?::uuid, "
                    + "?::uuid[], ?::text, ?::jsonb, ?::timestamptz, ?::jsonb)";

    /** How often an insert is tried that only a constraint refused: once, after lapsed holds go, once more. */
    private static final int INSERT_ATTEMPTS = 3;

    /** Bookings in the order their rows go into {@link #INSERT}: by resource, then by the time they keep. */
    private static final Comparator<Wanted> IN_ORDER = Comparator.<Wanted, UUID>comparing(
                    wanted -> wanted.booking().time().resource().value())
            .thenComparing(wanted -> wanted.booking().time().occupied().start());

    private final Sql sql;
    private final ObjectMapper json;
    private final ReleaseSnapshots releaseSnapshots;
    private final GroupCommit<Wanted, Optional<Insertion>> groupCommit;
    private final String[] statements;
    private final ClientIdentityKey key;

    BookingPersistenceAdapter(
            Sql sql,
            ObjectMapper json,
            ReleaseSnapshots releaseSnapshots,
            @ConfigProperty(name = "booking.group-commit.writers", defaultValue = "2") int writers,
            @ConfigProperty(name = "booking.group-commit.max-size", defaultValue = "32") int maxSize,
            ClientIdentityKey key) {
        this.sql = sql;
        this.key = key;
        this.json = json;
        this.releaseSnapshots = releaseSnapshots;
        this.groupCommit =
                writers == 0 ? null : new GroupCommit<>("booking-group-commit", writers, maxSize, this::insertAll);
        this.statements = new String[Math.max(maxSize, 1) + 1];
    }

    @PreDestroy
    void stop() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    @Override
    public Insertion insert(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown) {
        return insert(booking, event, read, shown, false);
    }

    @Override
    public Insertion insertAndCommit(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown) {
        return insert(booking, event, read, shown, true);
    }

    private Insertion insert(
            Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown, boolean alone) {
        String entries = shown.isEmpty() ? null : entries(shown);
        for (int attempt = 1; ; attempt++) {
            Optional<Insertion> insertion = tryInsert(booking, event, read, entries, alone);
            if (insertion.filter(Insertion.RELEASES_CHANGED::equals).isPresent()) {
                // the snapshot the releases were found in is out of date: the next look reads them again
                releaseSnapshots.changed(booking.organisation());
            }
            if (insertion.isPresent()) {
                return insertion.get();
            }
            // a constraint saw what the read did not: a lapsed hold, or a booking of the same moment,
            // which has committed by now (the insert waited for it). Let lapsed holds go and look again.
            if (attempt == INSERT_ATTEMPTS) {
                return Insertion.SLOT_TAKEN;
            }
            if (attempt == 1) {
                letLapsedHoldsGo(booking);
            }
        }
    }

    /** A booking to insert, with the values of its row in {@link #INSERT} but the first ({@code ord}). */
    private record Wanted(Booking booking, Object[] values) {}

    /**
     * One statement, one round trip: reads what takes the time now (a blocking calendar entry, the
     * resource's bookings, the client's) and whether the release it was offered in is still there,
     * inserts the booking and its event when nothing stands in the way, and tells which. A booking
     * inserted at the same moment is seen by the exclusion constraints, and {@code on conflict do
     * nothing} turns their refusal into no row rather than an error: the transaction stays usable
     * without a savepoint, and concurrent inserts of one time wait for one another instead of
     * deadlocking. Empty when a constraint refused what the read did not see.
     * <p>
     * <p>
     * {@code alone} (the use case's only write, outside any transaction): the statement is its own
     * transaction, and bookings made at the same moment share it ({@link GroupCommit}). A place of a
     * group time is counted by a trigger that raises an error when the group is full, so that insert
     * runs by itself, under a savepoint (in a transaction of its own when alone).
     */
    private Optional<Insertion> tryInsert(
            Booking booking, BookingEvent event, ReleasesRead read, String shown, boolean alone) {
        Wanted wanted = new Wanted(booking, values(booking, event, read, shown));
        if (booking.time().isGroup()) {
            return alone ? QuarkusTransaction.requiringNew().call(() -> insertPlace(wanted)) : insertPlace(wanted);
        }
        if (groupCommit != null && alone) {
            Optional<Optional<Insertion>> grouped = groupCommit.write(wanted);
            if (grouped.isPresent()) {
                return grouped.get();
            }
        }
        return insertAll(List.of(wanted)).get(0);
    }

    /** The bookings inserted in one statement, and for each what became of it, in the order given. */
    private List<Optional<Insertion>> insertAll(List<Wanted> wanted) {
        Integer[] order = new Integer[wanted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(wanted::get, IN_ORDER));
        List<Wanted> ordered = Arrays.stream(order).map(wanted::get).toList();
        List<Optional<Insertion>> outcomes = new ArrayList<>(Collections.nCopies(order.length, Optional.empty()));
        sql.list(statement(order.length), s -> bind(s, ordered), row -> {
            outcomes.set(order[row.getInt("ord")], insertion(row));
            return null;
        });
        return outcomes;
    }

    private Optional<Insertion> insertPlace(Wanted wanted) {
        Sql.Guarded<Optional<Insertion>> guarded =
                sql.guarded(statement(1), s -> bind(s, List.of(wanted)), BookingPersistenceAdapter::insertion);
        if (guarded.refusal() == null) {
            return guarded.row();
        }
        if ("group_time_capacity".equals(guarded.refusal().constraint())) {
            return Optional.of(Insertion.GROUP_FULL);
        }
        if (guarded.refusal().deadlock()) {
            return Optional.of(Insertion.SLOT_TAKEN);
        }
        throw new IllegalStateException("Booking refused by "
                + guarded.refusal().sqlState() + " " + guarded.refusal().constraint());
    }

    private String statement(int rows) {
        String statement = rows < statements.length ? statements[rows] : null;
        if (statement == null) {
            statement = INSERT.formatted(String.join(", ", Collections.nCopies(rows, ROW)));
            if (rows < statements.length) {
                statements[rows] = statement;
            }
        }
        return statement;
    }

    /** Binds the rows of {@link #INSERT}, {@code ord} being each one's place in {@code ordered}. */
    private static void bind(Sql.Statement statement, List<Wanted> ordered) throws SQLException {
        int index = 1;
        for (int ord = 0; ord < ordered.size(); ord++) {
            statement.set(index++, ord);
            for (Object value : ordered.get(ord).values()) {
                statement.set(index++, value);
            }
        }
    }

    private Object[] values(Booking booking, BookingEvent event, ReleasesRead read, String shown) {
        BookedTime time = booking.time();
        return new Object[] {
            booking.id().value(),
            booking.organisation().value(),
            time.resource().value(),
            time.product().value(),
            ReleaseRows.utc(time.interval().start()),
            ReleaseRows.utc(time.interval().end()),
            ReleaseRows.utc(time.occupied().start()),
            ReleaseRows.utc(time.occupied().end()),
            time.capacity(),
            time.isGroup() ? groupKey(time) : booking.id().toString(),
            time.contactMode(),
            time.servicePoint() == null ? null : time.servicePoint().value(),
            time.room() == null ? null : time.room().value(),
            booking.client(),
            booking.clientLanguage(),
            booking.channel().name(),
            booking.bookedBy(),
            ReleaseRows.utc(booking.bookedAt()),
            booking.status().name(),
            booking.holdExpiresAt() == null ? null : ReleaseRows.utc(booking.holdExpiresAt()),
            booking.referralNote(),
            booking.clientOverlapAllowed(),
            booking.languageMismatchAllowed(),
            booking.reachAt() == null ? null : sealed(booking),
            booking.series() == null ? null : booking.series().value(),
            booking.multiBooking() == null ? null : booking.multiBooking().value(),
            booking.replaces() == null ? null : booking.replaces().value(),
            booking.version(),
            read.offeredBy() == null ? null : read.offeredBy().value(),
            read.known() == null
                    ? null
                    : read.known().stream()
                            .map(release -> release.value().toString())
                            .collect(Collectors.joining(",", "{", "}")),
            eventType(event),
            payload(event),
            ReleaseRows.utc(event.at()),
            shown,
        };
    }

    private static Optional<Insertion> insertion(ResultSet row) throws SQLException {
        if (row.getBoolean("inserted")) {
            return Optional.of(Insertion.INSERTED);
        }
        if (row.getBoolean("releases_changed")) {
            return Optional.of(Insertion.RELEASES_CHANGED);
        }
        if (row.getBoolean("blocked")) {
            return Optional.of(Insertion.BLOCKED_BY_ENTRY);
        }
        if (row.getBoolean("taken")) {
            return Optional.of(Insertion.SLOT_TAKEN);
        }
        if (row.getBoolean("room_taken")) {
            return Optional.of(Insertion.ROOM_TAKEN);
        }
        return row.getBoolean("client_booked") ? Optional.of(Insertion.CLIENT_ALREADY_BOOKED) : Optional.empty();
    }

    /** The key the places of one group time share in the no-double-booking constraint. */
    private static String groupKey(BookedTime time) {
        return time.product().value() + "@" + time.interval().start();
    }

    /**
     * Lapsed holds of the wanted time and of the client become cancelled, each with its event, before
     * the constraints judge the new booking: no background job is needed for a lapsed hold to free its time.
     */
    private int letLapsedHoldsGo(Booking booking) {
        BookedTime time = booking.time();
        // the room's arm only for a booking that takes a room: the usual statement stays on the indexes it always used
        return sql.update(
                """
                with lapsed as (
                    update booking b set status = 'CANCELLED', hold_expires_at = null, change_status = 'CANCELLED',
                           change_reason = 'HOLD_EXPIRED', changed_by = null, changed_at = now(), version = version + 1
                     where b.status = 'PENDING' and b.hold_expires_at <= now()
                       and ((b.resource_id = ? and b.occupied && tstzrange(?, ?, '[)'))
                         or (b.organisation_id = ? and b.client_reference = ? and b.during && tstzrange(?, ?, '[)'))%s)
                    returning b.id, b.organisation_id, b.version)
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, 'booking', id, 'booking.cancelled',
                       jsonb_build_object('booking', id, 'status', 'CANCELLED', 'reason', 'HOLD_EXPIRED', 'version', version),
                       now()
                  from lapsed""".formatted(
                        time.room() == null ? "" : "\n or (b.room_id = ? and b.occupied && tstzrange(?, ?, '[)'))"),
                s -> {
                    s.set(1, time.resource().value());
                    s.set(2, ReleaseRows.utc(time.occupied().start()));
                    s.set(3, ReleaseRows.utc(time.occupied().end()));
                    s.set(4, booking.organisation().value());
                    s.set(5, booking.client());
                    s.set(6, ReleaseRows.utc(time.interval().start()));
                    s.set(7, ReleaseRows.utc(time.interval().end()));
                    if (time.room() != null) {
                        s.set(8, time.room().value());
                        s.set(9, ReleaseRows.utc(time.occupied().start()));
                        s.set(10, ReleaseRows.utc(time.occupied().end()));
                    }
                });
    }

    @Override
    public boolean update(Booking booking) {
        StatusChange change = booking.lastChange();
        return sql.update("""
                update booking set status = ?, hold_expires_at = ?, replaced_by = ?, change_status = ?, change_reason = ?,
                       changed_by = ?, changed_at = ?, version = ?
                 where organisation_id = ? and id = ? and version = ?""", s -> {
                    s.set(1, booking.status().name());
                    s.set(2, booking.holdExpiresAt() == null ? null : ReleaseRows.utc(booking.holdExpiresAt()));
                    s.set(
                            3,
                            booking.replacedBy() == null
                                    ? null
                                    : booking.replacedBy().value());
                    s.set(4, change == null ? null : change.status().name());
                    s.set(
                            5,
                            change == null || change.reason() == null
                                    ? null
                                    : change.reason().name());
                    s.set(6, change == null ? null : change.by());
                    s.set(7, change == null ? null : ReleaseRows.utc(change.at()));
                    s.set(8, booking.version());
                    s.set(9, booking.organisation().value());
                    s.set(10, booking.id().value());
                    s.set(11, booking.version() - 1);
                })
                == 1;
    }

    @Override
    public Optional<Booking> booking(OrganisationId organisation, BookingId id) {
        return sql.one(
                "select " + COLUMNS + " from booking b where b.organisation_id = ? and b.id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                this::read);
    }

    @Override
    public List<Booking> bookings(OrganisationId organisation, Collection<BookingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(
                "select " + COLUMNS + " from booking b where b.organisation_id = ? and b.id = any (?)",
                s -> {
                    s.set(1, organisation.value());
                    s.uuids(2, ids.stream().map(BookingId::value).toList());
                },
                this::read);
    }

    @Override
    public List<Booking> withReference(OrganisationId organisation, String reference) {
        BookingId[] range = BookingReference.range(reference);
        return sql.list(
                "select " + COLUMNS + """
                 from booking b where b.id between ? and ? and b.organisation_id = ?
                order by lower(b.during), b.id""",
                s -> {
                    s.set(1, range[0].value());
                    s.set(2, range[1].value());
                    s.set(3, organisation.value());
                },
                this::read);
    }

    @Override
    public List<Booking> ofClient(OrganisationId organisation, String client) {
        return sql.list(
                "select " + COLUMNS + """
                 from booking b where b.organisation_id = ? and b.client_reference = ?
                order by lower(b.during), b.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, client);
                },
                this::read);
    }

    @Override
    public List<Booking> ofResource(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return sql.list(
                "select " + COLUMNS + """
                 from booking b where (b.resource_id = ? or b.room_id = ?) and b.during && tstzrange(?, ?, '[)')
                  and b.organisation_id = ?
                order by lower(b.during), b.id""",
                s -> {
                    s.set(1, resource.value());
                    s.set(2, resource.value());
                    s.set(3, ReleaseRows.utc(interval.start()));
                    s.set(4, ReleaseRows.utc(interval.end()));
                    s.set(5, organisation.value());
                },
                this::read);
    }

    @Override
    public List<ResourceId> freeRooms(OrganisationId organisation, List<ResourceId> rooms, BookedTime time) {
        // an individual time's key is the id of its own booking, which no booking has yet
        String key = time.isGroup() ? groupKey(time) : "";
        return sql.list(
                """
                select r.id from unnest(?::uuid[]) with ordinality as r(id, ord)
                 where not exists (select 1 from booking b where\s""" + TAKES_TIME + """
                                      and b.room_id = r.id and b.occupied && tstzrange(?, ?, '[)') and b.time_key <> ?)
                   and not exists (select 1 from calendar_entry e
                                    where e.resource_id = r.id and e.during && tstzrange(?, ?, '[)')
                                      and e.blocks_booking and e.organisation_id = ?)
                 order by exists (select 1 from booking b where\s""" + TAKES_TIME + """
                                     and b.room_id = r.id and b.occupied && tstzrange(?, ?, '[)') and b.time_key = ?) desc,
                          r.ord""",
                s -> {
                    s.uuids(1, rooms.stream().map(ResourceId::value).toList());
                    s.set(2, ReleaseRows.utc(time.occupied().start()));
                    s.set(3, ReleaseRows.utc(time.occupied().end()));
                    s.set(4, key);
                    s.set(5, ReleaseRows.utc(time.occupied().start()));
                    s.set(6, ReleaseRows.utc(time.occupied().end()));
                    s.set(7, organisation.value());
                    s.set(8, ReleaseRows.utc(time.occupied().start()));
                    s.set(9, ReleaseRows.utc(time.occupied().end()));
                    s.set(10, key);
                },
                row -> new ResourceId(row.getObject("id", UUID.class)));
    }

    @Override
    public List<Booking> madeBy(OrganisationId organisation, String bookedBy, TimeInterval madeWithin) {
        // through booking_made (booked_at, organisation_id): the organisation's bookings of those days
        return sql.list(
                "select " + COLUMNS + """
                 from booking b where b.booked_at >= ? and b.booked_at < ? and b.organisation_id = ? and b.booked_by = ?
                order by b.booked_at, b.id""",
                s -> {
                    s.set(1, ReleaseRows.utc(madeWithin.start()));
                    s.set(2, ReleaseRows.utc(madeWithin.end()));
                    s.set(3, organisation.value());
                    s.set(4, bookedBy);
                },
                this::read);
    }

    @Override
    public List<Booking> ofSeries(OrganisationId organisation, SeriesId series) {
        return sql.list(
                "select " + COLUMNS + """
                 from booking b where b.organisation_id = ? and b.series_id = ?
                order by lower(b.during), b.id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, series.value());
                },
                this::read);
    }

    @Override
    public void record(BookingEvent event) {
        Booking booking = event.booking();
        String payload = payload(event);
        sql.update("""
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                values (?, 'booking', ?, ?, ?::jsonb, ?)""", s -> {
            s.set(1, booking.organisation().value());
            s.set(2, booking.id().value());
            s.set(3, eventType(event));
            s.set(4, payload);
            s.set(5, ReleaseRows.utc(event.at()));
        });
    }

    /** The access log's entries of the booking's answer, as the insert statement reads them (jsonb_to_recordset). */
    private String entries(List<AuditEntry> shown) {
        List<Map<String, Object>> rows = new ArrayList<>(shown.size());
        for (AuditEntry entry : shown) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", entry.kind().name());
            row.put("at", entry.at().toString());
            row.put("subject", entry.subject());
            row.put("role", entry.role());
            row.put("unit", entry.unit());
            row.put("client_reference", entry.client());
            row.put("operation", entry.operation());
            row.put("records", entry.records());
            row.put("purpose", entry.purpose());
            row.put("recipient", entry.recipient());
            rows.add(row);
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The access entries of a booking could not be written", e);
        }
    }

    private static String eventType(BookingEvent event) {
        return "booking." + event.type().name().toLowerCase(Locale.ROOT);
    }

    /** What the event tells a subscriber: the booking as it now is, and why it changed. */
    private String payload(BookingEvent event) {
        Booking booking = event.booking();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("booking", booking.id().toString());
        payload.put("status", booking.status().name());
        payload.put("fhirStatus", booking.status().fhirCode());
        payload.put("channel", booking.channel().name());
        payload.put("resource", booking.time().resource().toString());
        payload.put("product", booking.time().product().toString());
        payload.put("start", booking.time().interval().start().toString());
        payload.put("end", booking.time().interval().end().toString());
        payload.put("contactMode", booking.time().contactMode());
        if (booking.time().room() != null) {
            payload.put("room", booking.time().room().toString());
        }
        payload.put("client", booking.client());
        payload.put("bookedBy", booking.bookedBy());
        if (booking.lastChange() != null) {
            payload.put("changedBy", booking.lastChange().by());
            payload.put(
                    "reason",
                    booking.lastChange().reason() == null
                            ? null
                            : booking.lastChange().reason().name());
        }
        payload.put(
                "replaces",
                booking.replaces() == null ? null : booking.replaces().toString());
        payload.put(
                "replacedBy",
                booking.replacedBy() == null ? null : booking.replacedBy().toString());
        payload.put("series", booking.series() == null ? null : booking.series().toString());
        payload.put("version", booking.version());
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload not serialisable", e);
        }
    }

    private Booking read(ResultSet row) throws SQLException {
        TimeInterval interval = Sql.interval(row, "starts", "ends");
        UUID servicePoint = row.getObject("service_point_id", UUID.class);
        UUID room = row.getObject("room_id", UUID.class);
        BookedTime time = new BookedTime(
                new ResourceId(row.getObject("resource_id", UUID.class)),
                new BookableProductId(row.getObject("product_id", UUID.class)),
                interval,
                Sql.interval(row, "occupied_starts", "occupied_ends"),
                row.getInt("capacity"),
                row.getString("contact_mode"),
                servicePoint == null ? null : new ServicePointId(servicePoint),
                room == null ? null : new ResourceId(room));
        String changeStatus = row.getString("change_status");
        StatusChange change = changeStatus == null
                ? null
                : new StatusChange(
                        BookingStatus.valueOf(changeStatus),
                        row.getString("change_reason") == null
                                ? null
                                : ChangeReason.valueOf(row.getString("change_reason")),
                        row.getString("changed_by"),
                        Sql.instant(row, "changed_at"));
        UUID series = row.getObject("series_id", UUID.class);
        UUID multi = row.getObject("multi_booking_id", UUID.class);
        UUID replaces = row.getObject("replaces", UUID.class);
        UUID replacedBy = row.getObject("replaced_by", UUID.class);
        return new Booking(
                new BookingId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                time,
                row.getString("client_reference"),
                row.getString("client_language"),
                Channel.valueOf(row.getString("channel")),
                row.getString("booked_by"),
                Sql.instant(row, "booked_at"),
                BookingStatus.valueOf(row.getString("status")),
                Sql.instant(row, "hold_expires_at"),
                row.getString("referral_note"),
                row.getBoolean("client_overlap_allowed"),
                row.getBoolean("language_mismatch_allowed"),
                reachAt(row),
                series == null ? null : new SeriesId(series),
                multi == null ? null : new MultiBookingId(multi),
                replaces == null ? null : new BookingId(replaces),
                replacedBy == null ? null : new BookingId(replacedBy),
                change,
                row.getLong("version"));
    }

    /** How to reach the client, sealed under the booking it belongs to: a sealed value moved to another row does not open. */
    private byte[] sealed(Booking booking) {
        ReachAt reachAt = booking.reachAt();
        return key.encrypt(
                (reachAt.phone() == null ? "" : reachAt.phone()) + "\n"
                        + (reachAt.email() == null ? "" : reachAt.email()),
                reachAtContext(booking.organisation().value(), booking.id().value()));
    }

    private ReachAt reachAt(ResultSet row) throws SQLException {
        byte[] sealed = row.getBytes("reach_at_sealed");
        if (sealed == null) {
            return null;
        }
        String[] parts = key.decrypt(
                        sealed, reachAtContext(row.getString("organisation_id"), row.getObject("id", UUID.class)))
                .split("\n", -1);
        return new ReachAt(parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1]);
    }

    private static String reachAtContext(String organisation, UUID booking) {
        return "booking-reach-at:" + organisation + ":" + booking;
    }
}
