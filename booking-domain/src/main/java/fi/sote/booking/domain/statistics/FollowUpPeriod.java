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

    /**
     * Figures for outside the organisation cover whole follow-up periods only: a period a day shorter than
     * another would otherwise single out that day's bookings by subtraction.
     */
    public void requireWholeFollowUpPeriods() {
        if (!containing(from).from().equals(from)) {
            throw new InvalidValueException(
                    "from",
                    "must be the first day of a follow-up period (1 January, 1 March, 1 May, ...) for figures for outside the organisation");
        }
        if (!containing(to).to().equals(to)) {
            throw new InvalidValueException(
                    "to",
                    "must be the last day of a follow-up period (28/29 February, 30 April, 30 June, ...) for figures for outside the organisation");
        }
    }

    /** The period from the request's dates: both, or neither for the last complete follow-up period. */
    public static FollowUpPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return lastCompleteBefore(today);
        }
        return new FollowUpPeriod(from, to);
    }
}
