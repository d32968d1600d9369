package fi.sote.booking.domain.calendar;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a calendar feed. */
public record CalendarFeedId(UUID value) {

    public CalendarFeedId {
        Invariants.required("id", value);
    }

    public static CalendarFeedId random() {
        return new CalendarFeedId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
