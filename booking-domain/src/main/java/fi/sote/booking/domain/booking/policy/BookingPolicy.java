package fi.sote.booking.domain.booking.policy;

/** One rule a new booking must keep: it allows the attempt, or rejects it with a stable reason. */
@FunctionalInterface
public interface BookingPolicy {

    Verdict judge(BookingAttempt attempt);
}
