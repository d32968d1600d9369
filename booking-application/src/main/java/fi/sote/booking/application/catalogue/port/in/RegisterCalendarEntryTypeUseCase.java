package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.CalendarEntryType;

/** An administrator adds a calendar entry type to the organisation's catalogue. */
public interface RegisterCalendarEntryTypeUseCase {

    Outcome<CalendarEntryType> register(RegisterCalendarEntryTypeCommand command);
}
