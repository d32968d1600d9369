package fi.sote.booking.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A fake of the calendar ports with the database's contract: blocking entries of a resource never overlap; busy time
 * is blocking entries and the bookings that take time. Releases are read, as the real adapter reads them, from a
 * snapshot that every change made through this fake renews; {@link #releaseElsewhere} and {@link #withdrawElsewhere}
 * change them as another service instance would, behind the snapshot.
 */
public final class InMemoryCalendar implements CalendarRepository, AvailabilityRepository {

    private final CatalogueRepository catalogue;
    private final List<CalendarEntry> entries = new ArrayList<>();
    private final List<Release> releases = new ArrayList<>();
    private final Set<CalendarEntryId> absences = new HashSet<>();
    private List<Release> snapshot = List.of();
    private Supplier<List<Booking>> bookings = List::of;
    private Supplier<Instant> now = Instant::now;

    public InMemoryCalendar(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    /** Counts these bookings, as of {@code now}, in busy time. */
    void countBookings(Supplier<List<Booking>> bookings, Supplier<Instant> now) {
        this.bookings = bookings;
        this.now = now;
    }

    /** A release made through another instance: in the database, not in this one's snapshot. */
    public void releaseElsewhere(Release release) {
        releases.add(release);
    }

    /** A release withdrawn through another instance: gone from the database, still in this one's snapshot. */
    public void withdrawElsewhere(ReleaseId id) {
        releases.removeIf(release -> release.id().equals(id));
    }

    /** The releases there are now, whatever the snapshot says. */
    List<Release> current() {
        return List.copyOf(releases);
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
    public Replacement replace(CalendarEntry previous, CalendarEntry next) {
        if (!entries.contains(previous)) {
            return Replacement.STALE;
        }
        if (overlapsBlocking(next)) {
            return Replacement.OVERLAPPING;
        }
        entries.remove(previous);
        entries.add(next);
        return Replacement.REPLACED;
    }

    /** An absence's entry: it blocks booking, but may overlap what is in the calendar (not another absence). */
    boolean addAbsence(CalendarEntry entry) {
        boolean overlapsAbsence = entries.stream()
                .anyMatch(other -> absences.contains(other.id())
                        && other.resource().equals(entry.resource())
                        && other.interval().overlaps(entry.interval()));
        if (overlapsAbsence) {
            return false;
        }
        entries.add(entry);
        absences.add(entry.id());
        return true;
    }

    private boolean overlapsBlocking(CalendarEntry entry) {
        return entry.blocksBooking()
                && entries.stream()
                        .anyMatch(other -> !other.id().equals(entry.id())
                                && other.blocksBooking()
                                && !absences.contains(other.id())
                                && other.resource().equals(entry.resource())
                                && other.interval().overlaps(entry.interval()));
    }

    @Override
    public Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id) {
        return entries.stream()
                .filter(e -> e.organisation().equals(organisation) && e.id().equals(id))
                .findFirst();
    }

    @Override
    public void remove(OrganisationId organisation, CalendarEntryId id) {
        entries.removeIf(e -> e.organisation().equals(organisation) && e.id().equals(id));
    }

    @Override
    public List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return entries.stream()
                .filter(e -> e.organisation().equals(organisation)
                        && e.resource().equals(resource)
                        && e.interval().overlaps(interval))
                .sorted(Comparator.comparing(CalendarEntry::interval))
                .toList();
    }

    @Override
    public void add(Release release) {
        releases.add(release);
        snapshot = List.copyOf(releases);
    }

    @Override
    public Optional<Release> release(OrganisationId organisation, ReleaseId id) {
        return releases.stream()
                .filter(r -> r.organisation().equals(organisation) && r.id().equals(id))
                .findFirst();
    }

    @Override
    public void remove(OrganisationId organisation, ReleaseId id) {
        releases.removeIf(r -> r.organisation().equals(organisation) && r.id().equals(id));
        snapshot = List.copyOf(releases);
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource) {
        return of(releases, organisation, resource);
    }

    @Override
    public List<Release> releases(
            OrganisationId organisation, ResourceId resource, BookableProductId product, LocalDate from, LocalDate to) {
        return releases(organisation, resource).stream()
                .filter(r -> r.terms().products().contains(product) && r.offersOn(from, to))
                .toList();
    }

    @Override
    public <T> T fromReleases(
            OrganisationId organisation,
            ResourceId resource,
            BookableProductId product,
            LocalDate from,
            LocalDate to,
            Function<KnownReleases, Optional<T>> draft) {
        return draft.apply(new KnownReleases(of(snapshot, organisation, resource), false))
                .or(() -> draft.apply(new KnownReleases(releases(organisation, resource, product, from, to), true)))
                .orElseThrow(() -> new IllegalStateException("A draft from the current releases must decide"));
    }

    private static List<Release> of(List<Release> releases, OrganisationId organisation, ResourceId resource) {
        return releases.stream()
                .filter(r ->
                        r.organisation().equals(organisation) && r.resource().equals(resource))
                .toList();
    }

    @Override
    public List<CandidateRelease> releases(ReleaseCriteria criteria) {
        List<CandidateRelease> found = new ArrayList<>();
        for (Release release : snapshot) {
            Resource resource = catalogue
                    .resource(criteria.organisation(), release.resource())
                    .orElse(null);
            if (resource == null
                    || !release.organisation().equals(criteria.organisation())
                    || release.terms().products().stream().noneMatch(criteria.products()::contains)
                    || release.terms().channels().stream().noneMatch(criteria.channels()::contains)
                    || (criteria.resource() != null && !criteria.resource().equals(release.resource()))
                    || (criteria.language() != null && !resource.languages().contains(criteria.language()))
                    || (criteria.servicePoints() != null
                            && (release.terms().servicePoint() != null
                                    ? !criteria.servicePoints()
                                            .contains(release.terms().servicePoint())
                                    : resource.servicePoints().stream().noneMatch(criteria.servicePoints()::contains)))
                    || !release.offersOn(criteria.from(), criteria.to())) {
                continue;
            }
            found.add(new CandidateRelease(
                    release, resource.name(), resource.title(), resource.servicePoints(), resource.languages()));
        }
        return found;
    }

    @Override
    public Map<ResourceId, BusyTime> busy(
            OrganisationId organisation, Collection<ResourceId> resources, TimeInterval interval) {
        Map<ResourceId, List<TimeInterval>> busy = new HashMap<>();
        for (CalendarEntry entry : entries) {
            if (entry.organisation().equals(organisation)
                    && entry.blocksBooking()
                    && resources.contains(entry.resource())
                    && entry.interval().overlaps(interval)) {
                busy.computeIfAbsent(entry.resource(), id -> new ArrayList<>()).add(entry.interval());
            }
        }
        Map<ResourceId, List<BusyTime.GroupPlaces>> groups = new HashMap<>();
        for (Booking booking : bookings.get()) {
            ResourceId resource = booking.time().resource();
            ResourceId room = booking.time().room();
            if (!booking.organisation().equals(organisation)
                    || !booking.takesTimeAt(now.get())
                    || !booking.time().occupied().overlaps(interval)) {
                continue;
            }
            // a room taken together with a professional
            if (room != null && !room.equals(resource) && resources.contains(room)) {
                busy.computeIfAbsent(room, id -> new ArrayList<>())
                        .add(booking.time().occupied());
            }
            if (!resources.contains(resource)) {
                continue;
            }
            if (booking.time().isGroup()) {
                List<BusyTime.GroupPlaces> places = groups.computeIfAbsent(resource, id -> new ArrayList<>());
                Instant start = booking.time().interval().start();
                BusyTime.GroupPlaces counted = places.stream()
                        .filter(place -> place.product().equals(booking.time().product())
                                && place.start().equals(start))
                        .findFirst()
                        .orElse(null);
                places.remove(counted);
                places.add(new BusyTime.GroupPlaces(
                        booking.time().product(),
                        start,
                        booking.time().occupied(),
                        counted == null ? 1 : counted.taken() + 1));
            } else {
                busy.computeIfAbsent(resource, id -> new ArrayList<>())
                        .add(booking.time().occupied());
            }
        }
        Map<ResourceId, BusyTime> busyTime = new HashMap<>();
        for (ResourceId resource : resources) {
            if (busy.containsKey(resource) || groups.containsKey(resource)) {
                busyTime.put(
                        resource,
                        new BusyTime(
                                FreeSlots.union(busy.getOrDefault(resource, List.of())),
                                groups.getOrDefault(resource, List.of())));
            }
        }
        return busyTime;
    }
}
