package fi.sote.booking.adapters.out.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The two reads of slot search, each one indexed query: released time by organisation and local
 * dates (GiST on validity), and busy time by resource and interval (GiST on resource and range).
 */
@ApplicationScoped
class AvailabilityPersistenceAdapter implements AvailabilityRepository {

    private final Sql sql;

    AvailabilityPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<CandidateRelease> releases(ReleaseCriteria criteria) {
        List<UUID> servicePoints = criteria.servicePoints() == null ? null
                : criteria.servicePoints().stream().map(ServicePointId::value).toList();
        return sql.list("select " + ReleaseRows.COLUMNS + """
                , res.name as resource_name, res.title as resource_title, res.service_point_ids as resource_points
                  from released_time r join resource res on res.id = r.resource_id
                 where r.organisation_id = ?
                   and r.validity && daterange(?, ?, '[]')
                   and r.product_ids && ?
                   and r.channels && ?
                   and (?::uuid is null or r.resource_id = ?::uuid)
                   and (?::text is null or ?::text = any(res.languages))
                   and (?::uuid[] is null or r.service_point_id = any(?::uuid[])
                        or (r.service_point_id is null and res.service_point_ids && ?::uuid[]))""", s -> {
            s.set(1, criteria.organisation().value());
            s.set(2, criteria.from());
            s.set(3, criteria.to());
            s.uuids(4, criteria.products().stream().map(BookableProductId::value).toList());
            s.texts(5, criteria.channels().stream().map(Channel::name).toList());
            UUID resource = criteria.resource() == null ? null : criteria.resource().value();
            s.set(6, resource);
            s.set(7, resource);
            s.set(8, criteria.language());
            s.set(9, criteria.language());
            for (int index = 10; index <= 12; index++) {
                if (servicePoints == null) {
                    s.set(index, null);
                } else {
                    s.uuids(index, servicePoints);
                }
            }
        }, row -> new CandidateRelease(ReleaseRows.read(row), row.getString("resource_name"),
                row.getString("resource_title"),
                Sql.uuids(row, "resource_points").stream().map(ServicePointId::new).collect(Collectors.toSet())));
    }

    @Override
    public Map<ResourceId, List<TimeInterval>> busy(OrganisationId organisation, Collection<ResourceId> resources,
            TimeInterval interval) {
        Map<ResourceId, List<TimeInterval>> busy = new HashMap<>();
        sql.list("""
                select resource_id, lower(during) as starts, upper(during) as ends
                  from calendar_entry
                 where organisation_id = ? and blocks_booking and resource_id = any(?)
                   and during && tstzrange(?, ?, '[)')""", s -> {
            s.set(1, organisation.value());
            s.uuids(2, resources.stream().map(ResourceId::value).toList());
            s.set(3, ReleaseRows.utc(interval.start()));
            s.set(4, ReleaseRows.utc(interval.end()));
        }, row -> {
            busy.computeIfAbsent(new ResourceId(row.getObject("resource_id", UUID.class)), id -> new ArrayList<>())
                    .add(new TimeInterval(row.getObject("starts", OffsetDateTime.class).toInstant(),
                            row.getObject("ends", OffsetDateTime.class).toInstant()));
            return null;
        });
        busy.replaceAll((resource, intervals) -> FreeSlots.union(intervals));
        return busy;
    }
}
