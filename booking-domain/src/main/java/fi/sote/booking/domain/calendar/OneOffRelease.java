package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/** Released time once, for one interval. */
public record OneOffRelease(
        ReleaseId id, OrganisationId organisation, ResourceId resource, TimeInterval interval, ReleaseTerms terms)
        implements Release {

    /** Longest single release; longer availability is a weekly release. */
    public static final Duration LONGEST = Duration.ofDays(7);

    public OneOffRelease {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        Invariants.required("interval", interval);
        Invariants.required("terms", terms);
        if (interval.duration().compareTo(LONGEST) > 0) {
            throw new InvalidValueException("end", "a single release is at most 7 days; use a weekly release");
        }
    }

    @Override
    public boolean offersOn(LocalDate from, LocalDate to) {
        LocalDate start =
                LocalDateTime.ofInstant(interval.start(), BookingTime.ZONE).toLocalDate();
        return !start.isBefore(from) && !start.isAfter(to);
    }

    @Override
    public List<LocalWindow> windows(LocalDate from, LocalDate to) {
        LocalDateTime start = LocalDateTime.ofInstant(interval.start(), BookingTime.ZONE);
        LocalDateTime end = LocalDateTime.ofInstant(interval.end(), BookingTime.ZONE);
        boolean startsInRange =
                !start.toLocalDate().isBefore(from) && !start.toLocalDate().isAfter(to);
        return startsInRange && start.isBefore(end) ? List.of(new LocalWindow(start, end)) : List.of();
    }

    @Override
    public Duration windowLength() {
        return interval.duration();
    }
}
