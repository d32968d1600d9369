package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;

/** Moves or resizes a calendar entry. */
public interface RescheduleCalendarEntryUseCase {

    Outcome<CalendarEntry> reschedule(Actor actor, RescheduleCalendarEntryCommand command);
}
