package fi.sote.booking.domain.calendar;

import java.time.Duration;

import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * An entry in a resource's calendar (kalenteri): a time of a uniform entry type, such as a home
 * visit, a team meeting or an absence. An entry of a client-work type may reference the client (an
 * identifier of the client-record system, never a personal identity code); others see only the
 * type's neutral label. Entries whose type blocks booking never overlap in one calendar.
 */
public record CalendarEntry(
        CalendarEntryId id,
        OrganisationId organisation,
        ResourceId resource,
        String entryType,
        boolean blocksBooking,
        TimeInterval interval,
        String clientReference,
        long version) {

    /** Longest single entry (a long absence is entered in parts). */
    public static final Duration LONGEST = Duration.ofDays(92);

    public CalendarEntry {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        entryType = Invariants.code("entryType", entryType);
        Invariants.required("interval", interval);
        if (interval.duration().compareTo(LONGEST) > 0) {
            throw new InvalidValueException("end", "an entry is at most 92 days long");
        }
        clientReference = Invariants.optionalText("clientReference", clientReference, 100);
    }

    public static CalendarEntry create(
            OrganisationId organisation,
            ResourceId resource,
            CalendarEntryType type,
            TimeInterval interval,
            String clientReference) {
        return new CalendarEntry(
                CalendarEntryId.random(),
                organisation,
                resource,
                type.code(),
                type.blocksBooking(),
                interval,
                clientReference,
                0);
    }

    /** The next version of the entry: of {@code type}, at {@code newInterval}, about {@code newClient} (or none). */
    public CalendarEntry changed(CalendarEntryType type, TimeInterval newInterval, String newClient) {
        return new CalendarEntry(
                id, organisation, resource, type.code(), type.blocksBooking(), newInterval, newClient, version + 1);
    }
}
