package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.Instant;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Time interval (aikaväli): a half-open span of instants [start, end) to which an entry, a release
 * or a booking is attached. FHIR: Slot.start/end, Appointment.start/end.
 */
public record TimeInterval(Instant start, Instant end) implements Comparable<TimeInterval> {

    public TimeInterval {
        Invariants.required("start", start);
        Invariants.required("end", end);
        if (!start.isBefore(end)) {
            throw new InvalidValueException("end", "must be after start");
        }
    }

    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeInterval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The interval grown by {@code before} at its start and {@code after} at its end (buffers). */
    public TimeInterval widen(Duration before, Duration after) {
        return new TimeInterval(start.minus(before), end.plus(after));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(TimeInterval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
