package fi.sote.booking.adapters.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.statistics.port.out.StatisticsRepository;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.statistics.Cell;
import fi.sote.booking.domain.statistics.Dimension;

/**
 * Statistics as SQL aggregates: every grouping of one request in one pass over the bookings made in
 * the period (GROUPING SETS), read through the index on (booked_at, organisation); time use summed
 * per resource through the calendar's (resource, time) indexes.
 */
@ApplicationScoped
class StatisticsPersistenceAdapter implements StatisticsRepository {

    private static final Map<Dimension, String> COLUMNS = new EnumMap<>(Map.of(
            Dimension.CHANNEL, "b.channel",
            Dimension.MADE_BY, "case when b.channel = 'CLIENT_SELF_SERVICE' then 'CLIENT' else 'STAFF' end",
            Dimension.SERVICE_TASK, "st.code",
            Dimension.SOCIAL_SERVICE, "ss.code",
            Dimension.CONTACT_MODE, "b.contact_mode",
            Dimension.REMOTE, "coalesce(cm.remote, false)::text",
            Dimension.STATUS, "b.status",
            Dimension.SERVICE_POINT, "sp.code"));

    /** The statuses in which a booking takes the professional's time (a no-show's time was kept for the client). */
    private static final String BOOKED_TIME = "('BOOKED', 'CHECKED_IN', 'ARRIVED', 'FULFILLED', 'NO_SHOW')";

    /**
     * The cell keys of figures for outside (SmallCells): the sums, modulo 2^32, of each booking's and each distinct
     * client's hash under the secret seed. Only the sums leave the database.
     */
    private static final String CELL_KEYS = """
            mod(sum(hashtextextended(b.id::text, ?) & 4294967295), 4294967296)::bigint as bookings_key,
            mod(sum(distinct hashtextextended(b.client_reference, ?) & 4294967295), 4294967296)::bigint as clients_key
            """;

    private final Sql sql;
    private final ClientIdentityKey identityKey;

    StatisticsPersistenceAdapter(Sql sql, ClientIdentityKey identityKey) {
        this.sql = sql;
        this.identityKey = identityKey;
    }

    @Override
    public List<List<Cell>> bookingsMade(
            OrganisationId organisation, Instant from, Instant to, List<List<Dimension>> groupings, boolean keyed) {
        List<Set<Dimension>> sets = groupings.stream()
                .map(StatisticsPersistenceAdapter::asSet)
                .distinct()
                .toList();
        List<Dimension> used = new ArrayList<>(sets.stream()
                .flatMap(Set::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Dimension.class))));
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < used.size(); i++) {
            select.append(COLUMNS.get(used.get(i))).append(" as d").append(i).append(", ");
        }
        select.append(
                        used.isEmpty()
                                ? "0"
                                : "grouping(" + used.stream().map(COLUMNS::get).collect(Collectors.joining(", ")) + ")")
                .append(" as unused_mask");
        String groupingSets = sets.stream()
                .map(set -> "(" + set.stream().map(COLUMNS::get).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        Map<Integer, List<Cell>> byMask = new HashMap<>();
        sql.list(
                select + """
                , count(*) as bookings, count(distinct b.client_reference) as clients,
                """ + (keyed ? CELL_KEYS : "0 as bookings_key, 0 as clients_key") + """
                  from booking b
                  join bookable_product p on p.id = b.product_id
                  join social_service ss on ss.id = p.social_service_id
                  join service_task st on st.id = ss.service_task_id
                  left join contact_mode cm on cm.organisation_id = b.organisation_id and cm.code = b.contact_mode
                  left join service_point sp on sp.id = b.service_point_id
                 where b.organisation_id = ? and b.booked_at >= ? and b.booked_at < ?
                   -- a booking made: not a hold that was never confirmed, not the replacement of a moved booking
                   and b.status <> 'PENDING'
                   and not (b.status = 'CANCELLED' and b.change_reason in ('HOLD_RELEASED', 'HOLD_EXPIRED'))
                   and b.replaces is null
                 group by grouping sets (""" + groupingSets + ")",
                s -> {
                    int next = 1;
                    if (keyed) {
                        s.set(next++, identityKey.statisticsSeed());
                        s.set(next++, identityKey.statisticsSeed());
                    }
                    s.set(next++, organisation.value());
                    s.set(next++, ReleaseRows.utc(from));
                    s.set(next, ReleaseRows.utc(to));
                },
                row -> {
                    int mask = row.getInt("unused_mask");
                    Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
                    for (int i = 0; i < used.size(); i++) {
                        if ((mask & (1 << (used.size() - 1 - i))) == 0) {
                            keys.put(used.get(i), row.getString("d" + i));
                        }
                    }
                    byMask.computeIfAbsent(mask, unused -> new ArrayList<>())
                            .add(new Cell(
                                    keys,
                                    row.getLong("bookings"),
                                    row.getLong("clients"),
                                    row.getLong("bookings_key"),
                                    row.getLong("clients_key")));
                    return mask;
                });
        Comparator<Cell> order = Comparator.comparing((Cell cell) -> cell.keys().values().stream()
                .map(value -> value == null ? "\uffff" : value)
                .collect(Collectors.joining("\u0000")));
        List<List<Cell>> tables = new ArrayList<>();
        for (List<Dimension> grouping : groupings) {
            Set<Dimension> set = asSet(grouping);
            int mask = 0;
            for (int i = 0; i < used.size(); i++) {
                mask = (mask << 1) | (set.contains(used.get(i)) ? 0 : 1);
            }
            tables.add(
                    byMask.getOrDefault(mask, List.of()).stream().sorted(order).toList());
        }
        return tables;
    }

    private static Set<Dimension> asSet(List<Dimension> dimensions) {
        return dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
    }

    @Override
    public Map<String, Cell> waitlist(OrganisationId organisation, Instant from, Instant to, boolean keyed) {
        // each figure's entries, then counted as bookings are: entries, distinct clients and their cell keys
        String keys = keyed
                ? CELL_KEYS.replace("b.id::text", "w.id::text").replace("b.client_reference", "w.client_reference")
                : "0 as bookings_key, 0 as clients_key";
        Map<String, Cell> figures = new HashMap<>();
        sql.list(
                """
                with figures as (
                    select 'joined' as figure, w.* from waitlist_entry w
                     where w.organisation_id = ? and w.joined_at >= ? and w.joined_at < ?
                    union all
                    select lower(w.status), w.* from waitlist_entry w
                     where w.organisation_id = ? and w.closed_at >= ? and w.closed_at < ?
                    union all
                    select 'waiting', w.* from waitlist_entry w
                     where w.organisation_id = ? and w.joined_at < ? and (w.closed_at is null or w.closed_at >= ?))
                select figure, count(*) as bookings, count(distinct w.client_reference) as clients,
                """ + keys + " from figures w group by figure",
                s -> {
                    int next = 1;
                    for (int figure = 0; figure < 2; figure++) {
                        s.set(next++, organisation.value());
                        s.set(next++, ReleaseRows.utc(from));
                        s.set(next++, ReleaseRows.utc(to));
                    }
                    s.set(next++, organisation.value());
                    s.set(next++, ReleaseRows.utc(to));
                    s.set(next++, ReleaseRows.utc(to));
                    if (keyed) {
                        s.set(next++, identityKey.statisticsSeed());
                        s.set(next, identityKey.statisticsSeed());
                    }
                },
                row -> figures.put(
                        row.getString("figure"),
                        new Cell(
                                Map.of(),
                                row.getLong("bookings"),
                                row.getLong("clients"),
                                row.getLong("bookings_key"),
                                row.getLong("clients_key"))));
        return figures;
    }

    @Override
    public List<TimeUseRow> timeUse(
            OrganisationId organisation, Collection<ResourceId> resources, Instant from, Instant to) {
        return sql.list(
                """
                select r.id as resource_id, 'ENTRY' as kind, e.entry_type as type, t.category,
                       sum(extract(epoch from upper(e.during * r.period) - lower(e.during * r.period))) / 3600.0 as hours
                  from (select id, tstzrange(?, ?, '[)') as period from unnest(?::uuid[]) as id) r
                  join calendar_entry e on e.resource_id = r.id and e.during && r.period and e.organisation_id = ?
                  join calendar_entry_type t on t.organisation_id = e.organisation_id and t.code = e.entry_type
                 where t.category <> 'ABSENCE'
                 group by r.id, e.entry_type, t.category
                union all
                select g.resource_id, 'BOOKING', p.code, 'CLIENT_WORK',
                       sum(extract(epoch from upper(g.during * g.period) - lower(g.during * g.period))) / 3600.0
                  from (select distinct b.resource_id, b.time_key, b.product_id, b.during, r.period
                          from (select id, tstzrange(?, ?, '[)') as period from unnest(?::uuid[]) as id) r
                          join booking b on b.resource_id = r.id and b.during && r.period and b.organisation_id = ?
                         where b.status in\s""" + BOOKED_TIME + """
                       ) g
                  join bookable_product p on p.id = g.product_id
                 group by g.resource_id, p.code
                 order by 1, 2, 3""",
                s -> {
                    List<UUID> ids = resources.stream().map(ResourceId::value).toList();
                    s.set(1, ReleaseRows.utc(from));
                    s.set(2, ReleaseRows.utc(to));
                    s.uuids(3, ids);
                    s.set(4, organisation.value());
                    s.set(5, ReleaseRows.utc(from));
                    s.set(6, ReleaseRows.utc(to));
                    s.uuids(7, ids);
                    s.set(8, organisation.value());
                },
                row -> new TimeUseRow(
                        new ResourceId(row.getObject("resource_id", UUID.class)),
                        row.getString("kind"),
                        row.getString("type"),
                        EntryCategory.valueOf(row.getString("category")),
                        row.getDouble("hours")));
    }

    @Override
    public List<AbsenceTime> absences(
            OrganisationId organisation, Collection<ResourceId> resources, Instant from, Instant to) {
        return sql.list(
                """
                select r.id as resource_id, e.entry_type as type,
                       lower(e.during * r.period) as start_at, upper(e.during * r.period) as end_at
                  from (select id, tstzrange(?, ?, '[)') as period from unnest(?::uuid[]) as id) r
                  join calendar_entry e on e.resource_id = r.id and e.during && r.period and e.organisation_id = ?
                  join calendar_entry_type t on t.organisation_id = e.organisation_id and t.code = e.entry_type
                 where t.category = 'ABSENCE'""",
                s -> {
                    s.set(1, ReleaseRows.utc(from));
                    s.set(2, ReleaseRows.utc(to));
                    s.uuids(3, resources.stream().map(ResourceId::value).toList());
                    s.set(4, organisation.value());
                },
                row -> new AbsenceTime(
                        new ResourceId(row.getObject("resource_id", UUID.class)),
                        row.getString("type"),
                        new TimeInterval(
                                row.getObject("start_at", OffsetDateTime.class).toInstant(),
                                row.getObject("end_at", OffsetDateTime.class).toInstant())));
    }
}
