package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.booking.StatusChange;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Bookings in PostgreSQL. The constraints of the booking table (migration V4) decide what may be
 * stored under concurrency; this adapter turns their refusals into the answers of the port.
 */
@ApplicationScoped
class BookingPersistenceAdapter implements BookingRepository {

    private static final String COLUMNS = "b.*, lower(b.during) as starts, upper(b.during) as ends, "
            + "lower(b.occupied) as occupied_starts, upper(b.occupied) as occupied_ends";

    /** Takes time: neither cancelled nor moved, and not a lapsed hold. */
    private static final String TAKES_TIME = "b.status not in ('CANCELLED', 'MOVED') "
            + "and (b.status <> 'PENDING' or b.hold_expires_at > now())";

    private final Sql sql;
    private final ObjectMapper json;

    BookingPersistenceAdapter(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Insertion insert(Booking booking, BookingEvent event) {
        Insertion insertion = tryInsert(booking, event);
        // a lapsed hold may be what stands in the way: let lapsed holds go, and try once more
        if (insertion != Insertion.INSERTED && letLapsedHoldsGo(booking) > 0) {
            insertion = tryInsert(booking, event);
        }
        return insertion;
    }

    /**
     * The booking and its event in one statement (and one round trip, with its savepoint). Deadlocks
     * with concurrent inserts of the same time that outlast the retries count as the time taken.
     */
    private Insertion tryInsert(Booking booking, BookingEvent event) {
        return insertWithEvent(booking, event).map(refused -> {
            if (refused.deadlock() || "booking_no_double_booking".equals(refused.constraint())) {
                return Insertion.SLOT_TAKEN;
            }
            if ("group_time_capacity".equals(refused.constraint())) {
                return Insertion.GROUP_FULL;
            }
            if ("booking_client_no_overlap".equals(refused.constraint())) {
                return Insertion.CLIENT_ALREADY_BOOKED;
            }
            throw new IllegalStateException("Booking refused by " + refused.sqlState() + " " + refused.constraint());
        }).orElse(Insertion.INSERTED);
    }

    private Optional<Sql.Refusal> insertWithEvent(Booking booking, BookingEvent event) {
        BookedTime time = booking.time();
        String payload = payload(event);
        return sql.refusal("""
                with booked as (
                    insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key,
                        contact_mode, service_point_id, client_reference, client_language, channel, booked_by, booked_at,
                        status, hold_expires_at, referral_note, client_overlap_allowed, series_id, multi_booking_id,
                        replaces, version)
                    values (?, ?, ?, ?, tstzrange(?, ?, '[)'), tstzrange(?, ?, '[)'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?)
                    returning id, organisation_id)
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, 'booking', id, ?, ?::jsonb, ? from booked""", s -> {
            s.set(1, booking.id().value());
            s.set(2, booking.organisation().value());
            s.set(3, time.resource().value());
            s.set(4, time.product().value());
            s.set(5, ReleaseRows.utc(time.interval().start()));
            s.set(6, ReleaseRows.utc(time.interval().end()));
            s.set(7, ReleaseRows.utc(time.occupied().start()));
            s.set(8, ReleaseRows.utc(time.occupied().end()));
            s.set(9, time.capacity());
            // the places of one group time share a key; an individual time's key is the booking's own
            s.set(10, time.isGroup() ? groupKey(time) : booking.id().toString());
            s.set(11, time.contactMode());
            s.set(12, time.servicePoint() == null ? null : time.servicePoint().value());
            s.set(13, booking.client());
            s.set(14, booking.clientLanguage());
            s.set(15, booking.channel().name());
            s.set(16, booking.bookedBy());
            s.set(17, ReleaseRows.utc(booking.bookedAt()));
            s.set(18, booking.status().name());
            s.set(19, booking.holdExpiresAt() == null ? null : ReleaseRows.utc(booking.holdExpiresAt()));
            s.set(20, booking.referralNote());
            s.set(21, booking.clientOverlapAllowed());
            s.set(22, booking.series() == null ? null : booking.series().value());
            s.set(23, booking.multiBooking() == null ? null : booking.multiBooking().value());
            s.set(24, booking.replaces() == null ? null : booking.replaces().value());
            s.set(25, booking.version());
            s.set(26, eventType(event));
            s.set(27, payload);
            s.set(28, ReleaseRows.utc(event.at()));
        });
    }

    @Override
    public Obstacles obstacles(OrganisationId organisation, BookedTime time, String client) {
        return sql.one("""
                select exists (select 1 from calendar_entry
                                where resource_id = ? and during && tstzrange(?, ?, '[)') and blocks_booking
                                  and organisation_id = ?) as blocked,
                       array(select b.id from booking b where\s""" + TAKES_TIME + """
                                 and b.resource_id = ? and b.occupied && tstzrange(?, ?, '[)') and b.time_key <> ?)
                           as resource_bookings,
                       array(select b.id from booking b where\s""" + TAKES_TIME + """
                                 and b.organisation_id = ? and b.client_reference = ? and b.during && tstzrange(?, ?, '[)'))
                           as client_bookings""", s -> {
            s.set(1, time.resource().value());
            s.set(2, ReleaseRows.utc(time.occupied().start()));
            s.set(3, ReleaseRows.utc(time.occupied().end()));
            s.set(4, organisation.value());
            s.set(5, time.resource().value());
            s.set(6, ReleaseRows.utc(time.occupied().start()));
            s.set(7, ReleaseRows.utc(time.occupied().end()));
            // an individual time's key is its new booking's own, which no stored booking has
            s.set(8, time.isGroup() ? groupKey(time) : "");
            s.set(9, organisation.value());
            s.set(10, client);
            s.set(11, ReleaseRows.utc(time.interval().start()));
            s.set(12, ReleaseRows.utc(time.interval().end()));
        }, row -> new Obstacles(row.getBoolean("blocked"), bookingIds(row, "resource_bookings"),
                bookingIds(row, "client_bookings"))).orElseThrow();
    }

    private static List<BookingId> bookingIds(ResultSet row, String column) throws SQLException {
        return Sql.uuids(row, column).stream().map(BookingId::new).toList();
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
        return sql.update("""
                with lapsed as (
                    update booking b set status = 'CANCELLED', hold_expires_at = null, change_status = 'CANCELLED',
                           change_reason = 'HOLD_EXPIRED', changed_by = null, changed_at = now(), version = version + 1
                     where b.status = 'PENDING' and b.hold_expires_at <= now()
                       and ((b.resource_id = ? and b.occupied && tstzrange(?, ?, '[)'))
                         or (b.organisation_id = ? and b.client_reference = ? and b.during && tstzrange(?, ?, '[)')))
                    returning b.id, b.organisation_id, b.version)
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, 'booking', id, 'booking.cancelled',
                       jsonb_build_object('booking', id, 'status', 'CANCELLED', 'reason', 'HOLD_EXPIRED', 'version', version),
                       now()
                  from lapsed""", s -> {
            s.set(1, booking.time().resource().value());
            s.set(2, ReleaseRows.utc(booking.time().occupied().start()));
            s.set(3, ReleaseRows.utc(booking.time().occupied().end()));
            s.set(4, booking.organisation().value());
            s.set(5, booking.client());
            s.set(6, ReleaseRows.utc(booking.time().interval().start()));
            s.set(7, ReleaseRows.utc(booking.time().interval().end()));
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
            s.set(3, booking.replacedBy() == null ? null : booking.replacedBy().value());
            s.set(4, change == null ? null : change.status().name());
            s.set(5, change == null || change.reason() == null ? null : change.reason().name());
            s.set(6, change == null ? null : change.by());
            s.set(7, change == null ? null : ReleaseRows.utc(change.at()));
            s.set(8, booking.version());
            s.set(9, booking.organisation().value());
            s.set(10, booking.id().value());
            s.set(11, booking.version() - 1);
        }) == 1;
    }

    @Override
    public Optional<Booking> booking(OrganisationId organisation, BookingId id) {
        return sql.one("select " + COLUMNS + " from booking b where b.organisation_id = ? and b.id = ?", s -> {
            s.set(1, organisation.value());
            s.set(2, id.value());
        }, BookingPersistenceAdapter::read);
    }

    @Override
    public List<Booking> ofClient(OrganisationId organisation, String client) {
        return sql.list("select " + COLUMNS + """
                 from booking b where b.organisation_id = ? and b.client_reference = ?
                order by lower(b.during), b.id""", s -> {
            s.set(1, organisation.value());
            s.set(2, client);
        }, BookingPersistenceAdapter::read);
    }

    @Override
    public List<Booking> ofResource(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return sql.list("select " + COLUMNS + """
                 from booking b where b.resource_id = ? and b.during && tstzrange(?, ?, '[)') and b.organisation_id = ?
                order by lower(b.during), b.id""", s -> {
            s.set(1, resource.value());
            s.set(2, ReleaseRows.utc(interval.start()));
            s.set(3, ReleaseRows.utc(interval.end()));
            s.set(4, organisation.value());
        }, BookingPersistenceAdapter::read);
    }

    @Override
    public List<Booking> ofSeries(OrganisationId organisation, SeriesId series) {
        return sql.list("select " + COLUMNS + """
                 from booking b where b.organisation_id = ? and b.series_id = ?
                order by lower(b.during), b.id""", s -> {
            s.set(1, organisation.value());
            s.set(2, series.value());
        }, BookingPersistenceAdapter::read);
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

    private static String eventType(BookingEvent event) {
        return "booking." + event.type().name().toLowerCase(java.util.Locale.ROOT);
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
        payload.put("client", booking.client());
        payload.put("bookedBy", booking.bookedBy());
        if (booking.lastChange() != null) {
            payload.put("changedBy", booking.lastChange().by());
            payload.put("reason", booking.lastChange().reason() == null ? null : booking.lastChange().reason().name());
        }
        payload.put("replaces", booking.replaces() == null ? null : booking.replaces().toString());
        payload.put("replacedBy", booking.replacedBy() == null ? null : booking.replacedBy().toString());
        payload.put("series", booking.series() == null ? null : booking.series().toString());
        payload.put("version", booking.version());
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload not serialisable", e);
        }
    }

    private static Booking read(ResultSet row) throws SQLException {
        TimeInterval interval = Sql.interval(row, "starts", "ends");
        UUID servicePoint = row.getObject("service_point_id", UUID.class);
        BookedTime time = new BookedTime(new ResourceId(row.getObject("resource_id", UUID.class)),
                new BookableProductId(row.getObject("product_id", UUID.class)), interval,
                Sql.interval(row, "occupied_starts", "occupied_ends"), row.getInt("capacity"), row.getString("contact_mode"),
                servicePoint == null ? null : new ServicePointId(servicePoint));
        String changeStatus = row.getString("change_status");
        StatusChange change = changeStatus == null ? null : new StatusChange(BookingStatus.valueOf(changeStatus),
                row.getString("change_reason") == null ? null : ChangeReason.valueOf(row.getString("change_reason")),
                row.getString("changed_by"), Sql.instant(row, "changed_at"));
        UUID series = row.getObject("series_id", UUID.class);
        UUID multi = row.getObject("multi_booking_id", UUID.class);
        UUID replaces = row.getObject("replaces", UUID.class);
        UUID replacedBy = row.getObject("replaced_by", UUID.class);
        return new Booking(new BookingId(row.getObject("id", UUID.class)), new OrganisationId(row.getString("organisation_id")),
                time, row.getString("client_reference"), row.getString("client_language"),
                Channel.valueOf(row.getString("channel")), row.getString("booked_by"), Sql.instant(row, "booked_at"),
                BookingStatus.valueOf(row.getString("status")), Sql.instant(row, "hold_expires_at"),
                row.getString("referral_note"), row.getBoolean("client_overlap_allowed"),
                series == null ? null : new SeriesId(series), multi == null ? null : new MultiBookingId(multi),
                replaces == null ? null : new BookingId(replaces), replacedBy == null ? null : new BookingId(replacedBy),
                change, row.getLong("version"));
    }
}
