package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.Release;

/** A professional (or their supervisor) releases time for booking, once or by a weekly template. */
public interface ReleaseTimeUseCase {

    Outcome<Release> release(Actor actor, ReleaseOnceCommand command);

    Outcome<Release> release(Actor actor, ReleaseWeeklyCommand command);
}
