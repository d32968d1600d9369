package fi.sote.booking.application.absence.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;

/** A professional records their absence, a supervisor one of their team's. */
public interface RecordAbsenceUseCase {

    /** @return the absence with the bookings and released time it affects */
    Outcome<AbsenceImpact> record(Actor actor, RecordAbsenceCommand command);
}
