package fi.sote.booking.domain.booking.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * How a booked time went is recorded in the order of the Finnish status set: checked in (Ilmoittautunut), arrived
 * (Alkanut), fulfilled (Toteutunut) or no-show (Saapumatta). A client records only their own check-in, and only
 * around the time itself: from {@link #CHECK_IN_OPENS} before its start until its end. Those who give the service
 * record any of them at any time (a no-show noticed late, a visit recorded afterwards).
 */
public final class AttendancePolicy {

    /** The statuses that record how a booked time went. */
    public static final Set<BookingStatus> RECORDED =
            Set.of(BookingStatus.CHECKED_IN, BookingStatus.ARRIVED, BookingStatus.FULFILLED, BookingStatus.NO_SHOW);

    /** How long before the start a client may check in. */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

    private AttendancePolicy() {}

    /** @param asClient the caller records it as the booking's client (or the client's guardian) */
    public static Verdict clientOnlyChecksIn(BookingStatus status, boolean asClient) {
        return !asClient || status == BookingStatus.CHECKED_IN
                ? Verdict.ALLOWED
                : Verdict.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "status", "A client only checks in");
    }

    public static Verdict clientChecksInAroundTheTime(Booking booking, boolean asClient, Instant now) {
        Instant opens = booking.time().interval().start().minus(CHECK_IN_OPENS);
        return !asClient
                        || (!now.isBefore(opens)
                                && now.isBefore(booking.time().interval().end()))
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.OUTSIDE_CHECK_IN_WINDOW,
                        "status",
                        "A client checks in from " + CHECK_IN_OPENS.toHours() + " h before the start (" + opens
                                + ") until the end of the time");
    }

    public static Verdict followsTheStatusSet(Booking booking, BookingStatus status) {
        return booking.status().mayBecome(status)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.INVALID_TRANSITION,
                        "status",
                        "A booking that is " + booking.status() + " cannot become " + status);
    }

    /** Every rule of recording attendance, in order: the first that rejects answers. */
    public static Verdict judge(Booking booking, BookingStatus status, boolean asClient, Instant now) {
        return BookingPolicies.first(
                () -> clientOnlyChecksIn(status, asClient),
                () -> clientChecksInAroundTheTime(booking, asClient, now),
                () -> followsTheStatusSet(booking, status));
    }
}
