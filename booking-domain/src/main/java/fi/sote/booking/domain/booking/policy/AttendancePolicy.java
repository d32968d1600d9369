package fi.sote.booking.domain.booking.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * How a booked time went is recorded in the order of the Finnish status set: checked in (Ilmoittautunut), arrived
 * (Alkanut), fulfilled (Toteutunut) or no-show (Saapumatta), and never ahead of the time itself. Check-in and
 * arrival are recorded from {@link #checkInOpens()} before the start, whether fulfilled or no-show only from the
 * start. A client records only their own check-in, and only until the time's end; those who give the service record
 * the rest afterwards too (a no-show noticed late, a visit recorded the next day). An attendance once recorded as
 * fulfilled or no-show is corrected to the other only with a reason, which the booking's last change keeps.
 */
public final class AttendancePolicy {

    /** The statuses that record how a booked time went. */
    public static final Set<BookingStatus> RECORDED =
            Set.of(BookingStatus.CHECKED_IN, BookingStatus.ARRIVED, BookingStatus.FULFILLED, BookingStatus.NO_SHOW);

    /** The statuses that say how the time ended; a change from one to the other is a correction. */
    public static final Set<BookingStatus> OUTCOMES = Set.of(BookingStatus.FULFILLED, BookingStatus.NO_SHOW);

    /** Check-in opens two hours before the start unless configured otherwise. */
    public static final Duration DEFAULT_CHECK_IN_OPENS = Duration.ofHours(2);

    /** The longest check-in may open before the start. */
    public static final Duration LONGEST_CHECK_IN_OPENS = Duration.ofDays(1);

    private final Duration checkInOpens;

    /** @param checkInOpens how long before the start check-in and arrival may be recorded (0 to 24 hours) */
    public AttendancePolicy(Duration checkInOpens) {
        if (checkInOpens == null || checkInOpens.isNegative() || checkInOpens.compareTo(LONGEST_CHECK_IN_OPENS) > 0) {
            throw new InvalidValueException("checkInOpens", "must be from 0 to 24 hours");
        }
        this.checkInOpens = checkInOpens;
    }

    public Duration checkInOpens() {
        return checkInOpens;
    }

    /** From when the status may be recorded: check-in and arrival a while before the start, the outcome from it. */
    public Instant opens(Booking booking, BookingStatus status) {
        Instant start = booking.time().interval().start();
        return OUTCOMES.contains(status) ? start : start.minus(checkInOpens);
    }

    /** @param asClient the caller records it as the booking's client (or the client's guardian) */
    public static Verdict clientOnlyChecksIn(BookingStatus status, boolean asClient) {
        return !asClient || status == BookingStatus.CHECKED_IN
                ? Verdict.ALLOWED
                : Verdict.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "status", "A client only checks in");
    }

    public Verdict clientChecksInAroundTheTime(Booking booking, boolean asClient, Instant now) {
        Instant opens = opens(booking, BookingStatus.CHECKED_IN);
        return !asClient
                        || (!now.isBefore(opens)
                                && now.isBefore(booking.time().interval().end()))
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.OUTSIDE_CHECK_IN_WINDOW,
                        "status",
                        "A client checks in from " + describe(checkInOpens) + " before the start (" + opens
                                + ") until the end of the time");
    }

    public Verdict notAheadOfTheTime(Booking booking, BookingStatus status, Instant now) {
        Instant opens = opens(booking, status);
        return !now.isBefore(opens)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.ATTENDANCE_TOO_EARLY,
                        "status",
                        status + " is recorded from " + opens
                                + (OUTCOMES.contains(status)
                                        ? ", the start of the time"
                                        : ", " + describe(checkInOpens) + " before the start"));
    }

    public static Verdict followsTheStatusSet(Booking booking, BookingStatus status) {
        return booking.status().mayBecome(status)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.INVALID_TRANSITION,
                        "status",
                        "A booking that is " + booking.status() + " cannot become " + status);
    }

    /** Whether recording {@code status} corrects an outcome recorded before. */
    public static boolean corrects(Booking booking, BookingStatus status) {
        return OUTCOMES.contains(booking.status()) && OUTCOMES.contains(status) && booking.status() != status;
    }

    public static Verdict aCorrectionSaysWhy(Booking booking, BookingStatus status, ChangeReason reason) {
        return !corrects(booking, status) || reason != null
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.REASON_REQUIRED,
                        "reason",
                        "The booking is recorded as " + booking.status() + "; a correction to " + status
                                + " names its reason (such as RECORDED_IN_ERROR)");
    }

    /** Every rule of recording attendance, in order: the first that rejects answers. */
    public Verdict judge(Booking booking, BookingStatus status, ChangeReason reason, boolean asClient, Instant now) {
        return BookingPolicies.first(
                () -> clientOnlyChecksIn(status, asClient),
                () -> clientChecksInAroundTheTime(booking, asClient, now),
                () -> notAheadOfTheTime(booking, status, now),
                () -> followsTheStatusSet(booking, status),
                () -> aCorrectionSaysWhy(booking, status, reason));
    }

    private static String describe(Duration duration) {
        return duration.toMinutesPart() == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
    }
}
