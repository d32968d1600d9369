package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Give a calendar entry a new type, time and client: the whole entry as it is to be.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 * @param clientReference whom client work concerns, or null for no one
 * @param overBookings the caller confirms a blocking entry over booked time
 */
public record ChangeCalendarEntryCommand(
        CalendarEntryId entry,
        Long expectedVersion,
        String entryType,
        TimeInterval interval,
        String clientReference,
        boolean overBookings) {

    public ChangeCalendarEntryCommand {
        Invariants.required("id", entry);
        entryType = Invariants.code("entryType", entryType);
        Invariants.required("start", interval);
        clientReference = ClientReference.optional("clientReference", clientReference);
    }
}
