package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.shared.Invariants;

/** Book the first time and its recurrences (sarja-ajanvaraus). */
public record BookSeriesCommand(SlotRequest first, Recurrence recurrence) {

    public BookSeriesCommand {
        Invariants.required("first", first);
        Invariants.required("recurrence", recurrence);
    }
}
