package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.Invariants;

/** Give a calendar entry a new start and end. */
public record RescheduleCalendarEntryCommand(CalendarEntryId entry, TimeInterval interval) {

    public RescheduleCalendarEntryCommand {
        Invariants.required("id", entry);
        Invariants.required("start", interval);
    }
}
