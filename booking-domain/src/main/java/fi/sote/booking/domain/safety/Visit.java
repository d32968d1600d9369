package fi.sote.booking.domain.safety;

import java.time.Duration;
import java.time.Instant;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A visit a worker is out on (a home visit, typically), for work safety: checked in at its start and
 * out at its end. A visit not checked out by its planned end plus the grace period raises an alert
 * for the supervisor, once; the worker or the supervisor closes it.
 *
 * @param booking the booking visited, or null when it is a calendar entry
 * @param entry the calendar entry visited, or null when it is a booking (or the entry has since been removed)
 * @param alertDueAt when an alert is raised unless the worker has checked out
 */
public record Visit(
        VisitId id,
        OrganisationId organisation,
        ResourceId resource,
        BookingId booking,
        CalendarEntryId entry,
        String checkedInBy,
        Instant checkedInAt,
        Instant plannedEnd,
        Instant alertDueAt,
        Instant checkedOutAt,
        Instant alertRaisedAt,
        Instant alertClosedAt,
        String alertClosedBy) {

    /** Longest a visit may be planned to last from check-in. */
    public static final Duration LONGEST = Duration.ofHours(12);

    public Visit {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        Invariants.required("checkedInAt", checkedInAt);
        Invariants.required("plannedEnd", plannedEnd);
        Invariants.required("alertDueAt", alertDueAt);
    }

    /** Checking in at {@code now} at a visit planned to end at {@code plannedEnd}. */
    public static Visit checkIn(
            OrganisationId organisation,
            ResourceId resource,
            BookingId booking,
            CalendarEntryId entry,
            String by,
            Instant now,
            Instant plannedEnd,
            Duration grace) {
        if ((booking == null) == (entry == null)) {
            throw new InvalidValueException("bookingId", "name either a booking or a calendar entry");
        }
        if (!plannedEnd.isAfter(now)) {
            throw new InvalidValueException("expectedEnd", "must be after now: the visit has ended");
        }
        if (Duration.between(now, plannedEnd).compareTo(LONGEST) > 0) {
            throw new InvalidValueException("expectedEnd", "must be at most 12 hours from now");
        }
        return new Visit(
                VisitId.random(),
                organisation,
                resource,
                booking,
                entry,
                by,
                now,
                plannedEnd,
                plannedEnd.plus(grace),
                null,
                null,
                null,
                null);
    }

    public boolean isOpen() {
        return checkedOutAt == null;
    }

    public boolean hasOpenAlert() {
        return alertRaisedAt != null && alertClosedAt == null;
    }

    /** Whether an alert is due at {@code now}: still checked in past the planned end and grace, none raised yet. */
    public boolean alertDueAt(Instant now) {
        return isOpen() && alertRaisedAt == null && !alertDueAt.isAfter(now);
    }

    /** Checked out: the worker is safe, so an alert raised meanwhile is closed by them too. */
    public Visit checkOut(String by, Instant now) {
        return new Visit(
                id,
                organisation,
                resource,
                booking,
                entry,
                checkedInBy,
                checkedInAt,
                plannedEnd,
                alertDueAt,
                now,
                alertRaisedAt,
                hasOpenAlert() ? now : alertClosedAt,
                hasOpenAlert() ? by : alertClosedBy);
    }

    public Visit closeAlert(String by, Instant now) {
        return new Visit(
                id,
                organisation,
                resource,
                booking,
                entry,
                checkedInBy,
                checkedInAt,
                plannedEnd,
                alertDueAt,
                checkedOutAt,
                alertRaisedAt,
                now,
                by);
    }
}
