package fi.sote.booking.domain.absence;

import java.time.Instant;

import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * An absence (poissaolo) of a professional: sick leave, training, holiday, ... It is an entry of an
 * absence type in their calendar, so nothing is booked for them meanwhile, and the bookings and
 * released time it falls on are to be reorganised.
 *
 * @param id the id of its calendar entry
 */
public record Absence(
        CalendarEntryId id,
        OrganisationId organisation,
        ResourceId resource,
        String entryType,
        TimeInterval interval,
        String recordedBy,
        Instant recordedAt) {

    public Absence {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        entryType = Invariants.code("entryType", entryType);
        Invariants.required("interval", interval);
        if (interval.duration().compareTo(CalendarEntry.LONGEST) > 0) {
            throw new InvalidValueException("end", "an absence is recorded in parts of at most 92 days");
        }
        Invariants.required("recordedBy", recordedBy);
        Invariants.required("recordedAt", recordedAt);
    }

    /** A new absence of {@code type}, which must be an absence type that blocks booking. */
    public static Absence record(
            OrganisationId organisation,
            ResourceId resource,
            CalendarEntryType type,
            TimeInterval interval,
            String by,
            Instant at) {
        if (type.category() != EntryCategory.ABSENCE || !type.blocksBooking()) {
            throw new InvalidValueException(
                    "entryType", "must be an entry type of category ABSENCE that blocks booking");
        }
        return new Absence(CalendarEntryId.random(), organisation, resource, type.code(), interval, by, at);
    }

    /** The entry it keeps in the calendar: blocking, naming no client. */
    public CalendarEntry entry() {
        return new CalendarEntry(id, organisation, resource, entryType, true, interval, null, 0);
    }
}
