package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Record how a booked time went.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 * @param reason why an outcome recorded before is corrected (FULFILLED to NO_SHOW or back); null otherwise
 */
public record RecordAttendanceCommand(
        BookingId booking, Long expectedVersion, BookingStatus status, ChangeReason reason) {

    public RecordAttendanceCommand {
        Invariants.required("id", booking);
        if (status == null || !AttendancePolicy.RECORDED.contains(status)) {
            throw new InvalidValueException("status", "must be CHECKED_IN, ARRIVED, FULFILLED or NO_SHOW");
        }
        if (reason != null && reason.onlyForHolds()) {
            throw new InvalidValueException("reason", reason + " is only for letting a hold go");
        }
    }

    /** Recording that needs no reason: the first record of how the time went. */
    public RecordAttendanceCommand(BookingId booking, Long expectedVersion, BookingStatus status) {
        this(booking, expectedVersion, status, null);
    }
}
