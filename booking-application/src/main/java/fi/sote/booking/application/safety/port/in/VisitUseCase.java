package fi.sote.booking.application.safety.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;

/** A worker checks in at a visit of their own calendar (a home visit, typically) and out again. */
public interface VisitUseCase {

    Outcome<Visit> checkIn(Actor actor, CheckInCommand command);

    Outcome<Visit> checkOut(Actor actor, VisitId id);
}
