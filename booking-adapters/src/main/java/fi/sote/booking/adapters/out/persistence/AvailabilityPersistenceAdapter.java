package fi.sote.booking.adapters.out.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The two reads of slot search: released time from the organisation's {@link ReleaseSnapshots
 * snapshot}, and busy time in one query per window that probes the GiST index on (resource, range)
 * once per resource. The lateral subquery (kept apart by "offset 0", which the planner does not
 * flatten) keeps it a probe per resource whatever the statistics say: on small or freshly loaded
 * tables the planner would otherwise scan every entry of the period. "= any(array)" cannot be an
 * index condition of a GiST index.
 */
@ApplicationScoped
class AvailabilityPersistenceAdapter implements AvailabilityRepository {

    private final Sql sql;
    private final ReleaseSnapshots snapshots;
    private final CalendarRepository calendar;

    AvailabilityPersistenceAdapter(Sql sql, ReleaseSnapshots snapshots, CalendarRepository calendar) {
        this.sql = sql;
        this.snapshots = snapshots;
        this.calendar = calendar;
    }

    @Override
    public List<CandidateRelease> releases(ReleaseCriteria criteria) {
        List<CandidateRelease> matching = new ArrayList<>();
        for (CandidateRelease candidate :
                snapshots.of(criteria.organisation(), criteria.resource(), this::readReleases)) {
            if (matches(candidate, criteria)) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    @Override
    public <T> T fromReleases(
            OrganisationId organisation,
            ResourceId resource,
            BookableProductId product,
            LocalDate from,
            LocalDate to,
            Function<KnownReleases, Optional<T>> draft) {
        List<Release> lastRead = snapshots.of(organisation, resource, this::readReleases).stream()
                .map(CandidateRelease::release)
                .toList();
        return draft.apply(new KnownReleases(lastRead, false))
                .or(() -> draft.apply(
                        new KnownReleases(calendar.releases(organisation, resource, product, from, to), true)))
                .orElseThrow(() -> new IllegalStateException("A draft from the current releases must decide"));
    }

    private static boolean matches(CandidateRelease candidate, ReleaseCriteria criteria) {
        Release release = candidate.release();
        ReleaseTerms terms = release.terms();
        if (!release.offersOn(criteria.from(), criteria.to())
                || !intersects(terms.products(), criteria.products())
                || !intersects(terms.channels(), criteria.channels())
                || (criteria.resource() != null && !criteria.resource().equals(release.resource()))
                || (criteria.language() != null
                        && !candidate.resourceLanguages().contains(criteria.language()))) {
            return false;
        }
        if (criteria.servicePoints() == null) {
            return true;
        }
        return terms.servicePoint() != null
                ? criteria.servicePoints().contains(terms.servicePoint())
                : candidate.resourceServicePoints().stream().anyMatch(criteria.servicePoints()::contains);
    }

    private static <T> boolean intersects(Set<T> some, Set<T> others) {
        for (T value : some) {
            if (others.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private List<CandidateRelease> readReleases(OrganisationId organisation) {
        return sql.list(
                "select " + ReleaseRows.COLUMNS + """
                , res.name as resource_name, res.title as resource_title, res.service_point_ids as resource_points,
                  res.languages as resource_languages
                  from released_time r join resource res on res.id = r.resource_id
                 where r.organisation_id = ?""",
                s -> s.set(1, organisation.value()),
                row -> new CandidateRelease(
                        ReleaseRows.read(row),
                        row.getString("resource_name"),
                        row.getString("resource_title"),
                        Sql.uuids(row, "resource_points").stream()
                                .map(ServicePointId::new)
                                .collect(Collectors.toSet()),
                        Set.copyOf(Sql.texts(row, "resource_languages"))));
    }

    @Override
    public Map<ResourceId, BusyTime> busy(
            OrganisationId organisation, Collection<ResourceId> resources, TimeInterval interval) {
        Map<ResourceId, List<TimeInterval>> intervals = new HashMap<>();
        Map<ResourceId, List<BusyTime.GroupPlaces>> groups = new HashMap<>();
        // blocking entries, then bookings and holds that have not lapsed (grouped: a group time's places counted)
        sql.list(
                """
                select wanted.resource_id, b.starts, b.ends, b.group_product, b.group_start, b.taken
                  from unnest(?::uuid[]) as wanted(resource_id)
                 cross join lateral (
                       select lower(during) as starts, upper(during) as ends, null::uuid as group_product,
                              null::timestamptz as group_start, 0 as taken
                         from calendar_entry
                        where resource_id = wanted.resource_id and during && tstzrange(?, ?, '[)')
                          and blocks_booking and organisation_id = ?
                       union all
                       select lower(occupied), upper(occupied), case when capacity > 1 then product_id end,
                              case when capacity > 1 then lower(during) end, count(*)::int
                         from booking
                        where resource_id = wanted.resource_id and occupied && tstzrange(?, ?, '[)')
                          and status not in ('CANCELLED', 'MOVED') and (status <> 'PENDING' or hold_expires_at > now())
                        group by 1, 2, 3, 4
                       union all
                       -- a room taken together with a professional
                       select lower(occupied), upper(occupied), null, null, 0
                         from booking
                        where room_id = wanted.resource_id and resource_id <> wanted.resource_id
                          and occupied && tstzrange(?, ?, '[)')
                          and status not in ('CANCELLED', 'MOVED') and (status <> 'PENDING' or hold_expires_at > now())
                       offset 0) b""",
                s -> {
                    s.uuids(1, resources.stream().map(ResourceId::value).toList());
                    s.set(2, ReleaseRows.utc(interval.start()));
                    s.set(3, ReleaseRows.utc(interval.end()));
                    s.set(4, organisation.value());
                    s.set(5, ReleaseRows.utc(interval.start()));
                    s.set(6, ReleaseRows.utc(interval.end()));
                    s.set(7, ReleaseRows.utc(interval.start()));
                    s.set(8, ReleaseRows.utc(interval.end()));
                },
                row -> {
                    ResourceId resource = new ResourceId(row.getObject("resource_id", UUID.class));
                    TimeInterval busy = new TimeInterval(
                            row.getObject("starts", OffsetDateTime.class).toInstant(),
                            row.getObject("ends", OffsetDateTime.class).toInstant());
                    UUID groupProduct = row.getObject("group_product", UUID.class);
                    if (groupProduct == null) {
                        intervals
                                .computeIfAbsent(resource, id -> new ArrayList<>())
                                .add(busy);
                    } else {
                        groups.computeIfAbsent(resource, id -> new ArrayList<>())
                                .add(new BusyTime.GroupPlaces(
                                        new BookableProductId(groupProduct),
                                        row.getObject("group_start", OffsetDateTime.class)
                                                .toInstant(),
                                        busy,
                                        row.getInt("taken")));
                    }
                    return null;
                });
        Map<ResourceId, BusyTime> busy = new HashMap<>();
        for (ResourceId resource : resources) {
            List<TimeInterval> resourceIntervals = intervals.get(resource);
            List<BusyTime.GroupPlaces> resourceGroups = groups.get(resource);
            if (resourceIntervals != null || resourceGroups != null) {
                busy.put(
                        resource,
                        new BusyTime(
                                resourceIntervals == null ? List.of() : FreeSlots.union(resourceIntervals),
                                resourceGroups == null ? List.of() : resourceGroups));
            }
        }
        return busy;
    }
}
