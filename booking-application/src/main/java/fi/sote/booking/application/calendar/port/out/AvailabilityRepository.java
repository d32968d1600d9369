package fi.sote.booking.application.calendar.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.sote.booking.application.booking.port.out.BookingRepository.ReleasesRead;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Reads what slot search needs: the releases that may offer slots, and the resources' busy time. */
public interface AvailabilityRepository {

    /**
     * Which releases to consider.
     *
     * @param resource only this resource, or null
     * @param language only resources speaking it, or null
     * @param servicePoints only releases at one of these service points (or, naming none, of
     *        resources working at one of them), or null for anywhere
     */
    record ReleaseCriteria(
            OrganisationId organisation,
            Set<BookableProductId> products,
            Set<Channel> channels,
            ResourceId resource,
            String language,
            Set<ServicePointId> servicePoints,
            LocalDate from,
            LocalDate to) {}

    /** A release with what search needs of its resource. */
    record CandidateRelease(
            Release release,
            String resourceName,
            String resourceTitle,
            Set<ServicePointId> resourceServicePoints,
            Set<String> resourceLanguages) {}

    List<CandidateRelease> releases(ReleaseCriteria criteria);

    /**
     * Drafts something from a resource's releases: first from every release of the resource as slot search last
     * read them, which saves a read per booking; and, when the draft answers empty because they are not enough to
     * decide on (the time is not offered in them, but may have been released through another instance since) or
     * because its store found they have changed (a release withdrawn or added meanwhile), once more from the releases
     * of the product offering times on the local dates {@code from} to {@code to} as the database has them now.
     *
     * @param draft answers what it made of the releases, or empty to be given the current ones; given the current
     *     ones it must answer
     */
    <T> T fromReleases(
            OrganisationId organisation,
            ResourceId resource,
            BookableProductId product,
            LocalDate from,
            LocalDate to,
            Function<KnownReleases, Optional<T>> draft);

    /**
     * Releases as a draft is given them, and what the store of a booking drafted from them must confirm: nothing when
     * they are {@code current}; otherwise that the release the time was found in is still there, or, when it was found
     * in none of them, that the resource has no release but these.
     */
    record KnownReleases(List<Release> releases, boolean current) {

        public KnownReleases {
            releases = List.copyOf(releases);
        }

        /** What the store confirms of a booking whose time {@code release} offers. */
        public ReleasesRead offeredBy(ReleaseId release) {
            return current ? ReleasesRead.NOW : ReleasesRead.offeredBy(release);
        }

        /** What the store confirms of a booking whose time none of them offers. */
        public ReleasesRead offeredByNone() {
            return current
                    ? ReleasesRead.NOW
                    : ReleasesRead.noneOf(releases.stream().map(Release::id).collect(Collectors.toSet()));
        }
    }

    /**
     * Busy time of the resources overlapping the interval: blocking entries, bookings and holds that
     * have not lapsed, read from the database at the moment of the search.
     */
    Map<ResourceId, BusyTime> busy(
            OrganisationId organisation, Collection<ResourceId> resources, TimeInterval interval);
}
