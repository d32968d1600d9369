package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;

/** Removes a calendar entry. */
public interface RemoveCalendarEntryUseCase {

    Outcome<CalendarEntry> remove(Actor actor, CalendarEntryId entry);
}
