package fi.sote.booking.application.absence.port.in;

import java.util.List;

import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.absence.ReplacementRanking.Replacement;
import fi.sote.booking.domain.calendar.CalendarEntryId;

/** What an absence affects, how to reorganise it, and what of the team's absences is still unhandled. */
public interface ViewAbsenceQuery {

    /**
     * For one affected booked time: who could take it at its time, best first, and free times of the same
     * professional after the absence.
     */
    record Suggestion(AffectedTime time, List<Replacement> replacements, List<FoundSlot> afterReturn) {}

    /** A booked time an absence falls on that has been neither reassigned nor cancelled. */
    record AffectedBooking(Absence absence, AffectedTime time) {}

    Outcome<AbsenceImpact> absence(Actor actor, CalendarEntryId id);

    Outcome<List<Suggestion>> suggestions(Actor actor, CalendarEntryId id);

    /** The team's bookings that absences fall on and that are not yet handled, by start. */
    Outcome<List<AffectedBooking>> needsAttention(Actor actor, String team);
}
