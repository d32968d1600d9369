package fi.sote.booking.application.absence.port.in;

import java.util.List;

import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Decision;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/** Carry out decisions on the bookings an absence falls on, all or none. */
public record HandleAbsenceCommand(CalendarEntryId absence, List<Decision> decisions) {

    /** Most decisions one request carries. */
    public static final int MOST_DECISIONS = 200;

    public HandleAbsenceCommand {
        Invariants.required("id", absence);
        if (decisions == null || decisions.isEmpty() || decisions.size() > MOST_DECISIONS) {
            throw new InvalidValueException("decisions", "must hold 1 to " + MOST_DECISIONS + " decisions");
        }
        decisions = List.copyOf(decisions);
    }
}
