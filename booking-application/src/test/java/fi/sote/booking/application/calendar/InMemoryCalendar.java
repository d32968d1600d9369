package fi.sote.booking.application.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the calendar ports with the database's contract: blocking entries of a resource never overlap. */
final class InMemoryCalendar implements CalendarRepository, AvailabilityRepository {

    private final CatalogueRepository catalogue;
    private final List<CalendarEntry> entries = new ArrayList<>();
    private final List<Release> releases = new ArrayList<>();

    InMemoryCalendar(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean add(CalendarEntry entry) {
        if (overlapsBlocking(entry)) {
            return false;
        }
        entries.add(entry);
        return true;
    }

    @Override
    public boolean replace(CalendarEntry entry) {
        if (overlapsBlocking(entry)) {
            return false;
        }
        entries.removeIf(e -> e.id().equals(entry.id()));
        entries.add(entry);
        return true;
    }

    private boolean overlapsBlocking(CalendarEntry entry) {
        return entry.blocksBooking() && entries.stream().anyMatch(other -> !other.id().equals(entry.id())
                && other.blocksBooking() && other.resource().equals(entry.resource())
                && other.interval().overlaps(entry.interval()));
    }

    @Override
    public Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id) {
        return entries.stream().filter(e -> e.organisation().equals(organisation) && e.id().equals(id)).findFirst();
    }

    @Override
    public void remove(OrganisationId organisation, CalendarEntryId id) {
        entries.removeIf(e -> e.organisation().equals(organisation) && e.id().equals(id));
    }

    @Override
    public List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return entries.stream().filter(e -> e.organisation().equals(organisation) && e.resource().equals(resource)
                && e.interval().overlaps(interval)).sorted((a, b) -> a.interval().compareTo(b.interval())).toList();
    }

    @Override
    public void add(Release release) {
        releases.add(release);
    }

    @Override
    public Optional<Release> release(OrganisationId organisation, ReleaseId id) {
        return releases.stream().filter(r -> r.organisation().equals(organisation) && r.id().equals(id)).findFirst();
    }

    @Override
    public void remove(OrganisationId organisation, ReleaseId id) {
        releases.removeIf(r -> r.organisation().equals(organisation) && r.id().equals(id));
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource) {
        return releases.stream().filter(r -> r.organisation().equals(organisation) && r.resource().equals(resource)).toList();
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource, BookableProductId product,
            LocalDate from, LocalDate to) {
        return releases(organisation, resource).stream()
                .filter(r -> r.terms().products().contains(product) && r.offersOn(from, to)).toList();
    }

    @Override
    public List<Release> releasesAsLastRead(OrganisationId organisation, ResourceId resource) {
        return releases(organisation, resource);
    }

    @Override
    public List<CandidateRelease> releases(ReleaseCriteria criteria) {
        List<CandidateRelease> found = new ArrayList<>();
        for (Release release : releases) {
            Resource resource = catalogue.resource(criteria.organisation(), release.resource()).orElse(null);
            if (resource == null || !release.organisation().equals(criteria.organisation())
                    || release.terms().products().stream().noneMatch(criteria.products()::contains)
                    || release.terms().channels().stream().noneMatch(criteria.channels()::contains)
                    || (criteria.resource() != null && !criteria.resource().equals(release.resource()))
                    || (criteria.language() != null && !resource.languages().contains(criteria.language()))
                    || (criteria.servicePoints() != null && (release.terms().servicePoint() != null
                            ? !criteria.servicePoints().contains(release.terms().servicePoint())
                            : resource.servicePoints().stream().noneMatch(criteria.servicePoints()::contains)))
                    || !release.offersOn(criteria.from(), criteria.to())) {
                continue;
            }
            found.add(new CandidateRelease(release, resource.name(), resource.title(), resource.servicePoints(),
                    resource.languages()));
        }
        return found;
    }

    @Override
    public Map<ResourceId, BusyTime> busy(OrganisationId organisation, Collection<ResourceId> resources,
            TimeInterval interval) {
        Map<ResourceId, List<TimeInterval>> busy = new HashMap<>();
        for (CalendarEntry entry : entries) {
            if (entry.organisation().equals(organisation) && entry.blocksBooking() && resources.contains(entry.resource())
                    && entry.interval().overlaps(interval)) {
                busy.computeIfAbsent(entry.resource(), id -> new ArrayList<>()).add(entry.interval());
            }
        }
        Map<ResourceId, BusyTime> busyTime = new HashMap<>();
        busy.forEach((resource, intervals) -> busyTime.put(resource, new BusyTime(FreeSlots.union(intervals), List.of())));
        return busyTime;
    }
}
