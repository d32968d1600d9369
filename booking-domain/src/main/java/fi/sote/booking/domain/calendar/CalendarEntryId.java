package fi.sote.booking.domain.calendar;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a calendar entry. */
public record CalendarEntryId(UUID value) {

    public CalendarEntryId {
        Invariants.required("id", value);
    }

    public static CalendarEntryId random() {
        return new CalendarEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
