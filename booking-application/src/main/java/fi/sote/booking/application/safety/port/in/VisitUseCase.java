package fi.sote.booking.application.safety.port.in;

import java.time.Instant;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;

/** A worker checks in at a visit of their own calendar (a home visit, typically) and out again. */
public interface VisitUseCase {

    /**
     * @param booking the booking visited, or null for a calendar entry ({@code entry})
     * @param expectedEnd when the worker expects to be done, or null for the planned end of the booking or entry
     */
    Outcome<Visit> checkIn(Actor actor, BookingId booking, CalendarEntryId entry, Instant expectedEnd);

    Outcome<Visit> checkOut(Actor actor, VisitId id);
}
