package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;

/** Moves, resizes or retypes a calendar entry, or changes whom it concerns. */
public interface ChangeCalendarEntryUseCase {

    Outcome<KeptEntry> change(Actor actor, ChangeCalendarEntryCommand command);
}
