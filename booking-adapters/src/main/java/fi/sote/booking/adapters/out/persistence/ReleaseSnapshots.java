package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.sote.booking.application.calendar.port.out.AvailabilityRepository.CandidateRelease;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Every organisation's released time with what search needs of its resources, read once and kept
 * for slot search, which runs far more often than time is released. A change through this instance
 * (a release, a withdrawal, a resource) drops the organisation's snapshot at once; one through
 * another instance is seen within {@code booking.catalogue.snapshot-ttl}. Search results are
 * advisory; booking finds its time's release here too, and the statement that inserts the booking
 * confirms the release is still there.
 */
@ApplicationScoped
class ReleaseSnapshots {

    private record Snapshot(
            List<CandidateRelease> releases, Map<ResourceId, List<CandidateRelease>> byResource, long readAt) {

        Snapshot(List<CandidateRelease> releases, long readAt) {
            this(
                    releases,
                    releases.stream()
                            .collect(Collectors.groupingBy(
                                    candidate -> candidate.release().resource(), Collectors.toUnmodifiableList())),
                    readAt);
        }
    }

    private final ConcurrentMap<OrganisationId, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final long ttlNanos;

    ReleaseSnapshots(@ConfigProperty(name = "booking.catalogue.snapshot-ttl", defaultValue = "PT5S") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The organisation's releases, or only those of {@code resource} when it is not null. */
    List<CandidateRelease> of(
            OrganisationId organisation, ResourceId resource, Function<OrganisationId, List<CandidateRelease>> read) {
        Snapshot snapshot = snapshots.get(organisation);
        if (snapshot == null || System.nanoTime() - snapshot.readAt() > ttlNanos) {
            snapshot = new Snapshot(List.copyOf(read.apply(organisation)), System.nanoTime());
            snapshots.put(organisation, snapshot);
        }
        return resource == null ? snapshot.releases() : snapshot.byResource().getOrDefault(resource, List.of());
    }

    void changed(OrganisationId organisation) {
        snapshots.remove(organisation);
    }
}
