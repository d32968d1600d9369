package fi.sote.booking.domain.statistics;

import java.time.LocalDate;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * A period of statistics, in local dates (Europe/Helsinki), both inclusive. The counties follow the
 * bookings every two months (seed 2, section 8): January-February, March-April, and so on.
 */
public record FollowUpPeriod(LocalDate from, LocalDate to) {

    /** Longest period one request covers. */
    public static final int LONGEST_DAYS = 731;

    public FollowUpPeriod {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from");
        }
        if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
            throw new InvalidValueException("to", "must be at most two years after from");
        }
    }

    /** The two-month follow-up period containing the date. */
    public static FollowUpPeriod containing(LocalDate date) {
        LocalDate start = date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 2) * 2 + 1);
        return new FollowUpPeriod(start, start.plusMonths(2).minusDays(1));
    }

    /** The latest two-month follow-up period that has ended by {@code today}. */
    public static FollowUpPeriod lastCompleteBefore(LocalDate today) {
        return containing(containing(today).from().minusDays(1));
    }

    /** The period from the request's dates: both, or neither for the last complete follow-up period. */
    public static FollowUpPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return lastCompleteBefore(today);
        }
        return new FollowUpPeriod(from, to);
    }
}
