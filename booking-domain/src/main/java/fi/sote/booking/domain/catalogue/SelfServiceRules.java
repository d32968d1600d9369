package fi.sote.booking.domain.catalogue;

import java.time.Duration;
import java.time.Instant;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * When clients may book a product themselves: not later than {@code minimumNotice} before the
 * time, not further ahead than {@code horizon}, and cancel or reschedule until {@code changeDeadline}
 * before the time.
 */
public record SelfServiceRules(Duration minimumNotice, Duration horizon, Duration changeDeadline) {

    public static final Duration LONGEST_HORIZON = Duration.ofDays(366);

    public SelfServiceRules {
        Invariants.required("minimumNotice", minimumNotice);
        Invariants.required("horizon", horizon);
        Invariants.required("changeDeadline", changeDeadline);
        if (minimumNotice.isNegative()) {
            throw new InvalidValueException("minimumNotice", "must not be negative");
        }
        if (changeDeadline.isNegative()) {
            throw new InvalidValueException("changeDeadline", "must not be negative");
        }
        if (horizon.compareTo(minimumNotice) <= 0 || horizon.compareTo(LONGEST_HORIZON) > 0) {
            throw new InvalidValueException("horizon", "must be longer than the minimum notice and at most 366 days");
        }
    }

    /** Whether a client may book a time starting at {@code start} themselves at {@code now}. */
    public boolean allowsBooking(Instant start, Instant now) {
        return !start.isBefore(now.plus(minimumNotice)) && !start.isAfter(now.plus(horizon));
    }

    /** Whether a client may still cancel or reschedule a time starting at {@code start} at {@code now}. */
    public boolean allowsChange(Instant start, Instant now) {
        return !now.isAfter(start.minus(changeDeadline));
    }
}
