package fi.sote.booking.application.absence.port.in;

import java.time.Instant;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ResourceId;

/** A professional records their absence, a supervisor one of their team's. */
public interface RecordAbsenceUseCase {

    /** @return the absence with the bookings and released time it affects */
    Outcome<AbsenceImpact> record(Actor actor, ResourceId resource, String entryType, Instant start, Instant end);
}
