package fi.sote.booking.application.calendar.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Stores calendar entries and released time; every read is scoped to one organisation. */
public interface CalendarRepository {

    /**
     * Adds the entry unless it blocks booking and overlaps another blocking entry of the resource,
     * which the database decides (an exclusion constraint), whatever the concurrency.
     *
     * @return false on such an overlap
     */
    boolean add(CalendarEntry entry);

    /** What became of an entry stored over what the calendar holds (an addition answers REPLACED or OVERLAPPING). */
    enum Replacement {
        REPLACED,
        /** It blocks booking and would overlap another blocking entry, as in {@link #add}. */
        OVERLAPPING,
        /** The stored entry is no longer {@code previous}: changed or removed since it was read. */
        STALE
    }

    /**
     * Replaces {@code previous} with {@code next} (the same entry, its next version) unless the stored entry has
     * changed since; announces it as moved when the time changed, else as changed.
     */
    Replacement replace(CalendarEntry previous, CalendarEntry next);

    Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id);

    void remove(OrganisationId organisation, CalendarEntryId id);

    /** The resource's entries overlapping the interval, by start. */
    List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval);

    void add(Release release);

    Optional<Release> release(OrganisationId organisation, ReleaseId id);

    void remove(OrganisationId organisation, ReleaseId id);

    /** The resource's releases, one-off and weekly. */
    List<Release> releases(OrganisationId organisation, ResourceId resource);

    /** The resource's releases of the product that may offer slots on a local date from {@code from} to {@code to}. */
    List<Release> releases(
            OrganisationId organisation, ResourceId resource, BookableProductId product, LocalDate from, LocalDate to);
}
