package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;

/** A professional (or their supervisor, or an administrator) adds an entry to a resource's calendar. */
public interface AddCalendarEntryUseCase {

    Outcome<KeptEntry> add(Actor actor, AddCalendarEntryCommand command);
}
