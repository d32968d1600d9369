package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Add an entry of a uniform type to a resource's calendar.
 *
 * @param clientReference whom client work concerns, or null
 * @param overBookings the caller confirms a blocking entry over booked time
 */
public record AddCalendarEntryCommand(
        ResourceId resource, String entryType, TimeInterval interval, String clientReference, boolean overBookings) {

    public AddCalendarEntryCommand {
        Invariants.required("resourceId", resource);
        entryType = Invariants.code("entryType", entryType);
        Invariants.required("start", interval);
        clientReference = ClientReference.optional("clientReference", clientReference);
    }
}
