package fi.sote.booking.application.calendar.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.Release;
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
            LocalDate to) {
    }

    /** A release with what search needs of its resource. */
    record CandidateRelease(Release release, String resourceName, String resourceTitle,
            Set<ServicePointId> resourceServicePoints, Set<String> resourceLanguages) {
    }

    List<CandidateRelease> releases(ReleaseCriteria criteria);

    /** Every release of the resource as last read for search (it may lag behind the database a little). */
    List<Release> releasesAsLastRead(OrganisationId organisation, ResourceId resource);

    /**
     * Busy time of the resources overlapping the interval: blocking entries, bookings and holds that
     * have not lapsed, read from the database at the moment of the search.
     */
    Map<ResourceId, BusyTime> busy(OrganisationId organisation, Collection<ResourceId> resources,
            TimeInterval interval);
}
