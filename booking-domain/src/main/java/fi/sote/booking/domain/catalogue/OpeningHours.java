package fi.sote.booking.domain.catalogue;

import java.time.DayOfWeek;
import java.time.LocalTime;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/** When a service point is open on one weekday, in Finnish local time. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Invariants.required("day", day);
        Invariants.required("opens", opens);
        Invariants.required("closes", closes);
        if (!opens.isBefore(closes)) {
            throw new InvalidValueException("closes", "must be after opens");
        }
    }
}
