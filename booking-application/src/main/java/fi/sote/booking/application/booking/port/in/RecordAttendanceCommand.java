package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Record how a booked time went.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 */
public record RecordAttendanceCommand(BookingId booking, Long expectedVersion, BookingStatus status) {

    public RecordAttendanceCommand {
        Invariants.required("id", booking);
        if (status == null || !AttendancePolicy.RECORDED.contains(status)) {
            throw new InvalidValueException("status", "must be CHECKED_IN, ARRIVED, FULFILLED or NO_SHOW");
        }
    }
}
