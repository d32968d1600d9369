package fi.sote.booking.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an event that a receiver did not take is sent again: after each delay in turn (by default 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, about three days in all, as the Standard Webhooks guidance has it), each spread
 * by up to a tenth so that many receivers back at once are not all tried at once; after the last, it is given up on
 * (a dead letter, which an operator may send again).
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24)));

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("every delay must be positive");
        }
    }

    /**
     * When to try again after {@code attempts} attempts have failed, the last at {@code now}, with {@code spread} a
     * number from 0 to 1 that picks the delay's spread; empty when it is to be given up on.
     */
    public Optional<Instant> next(int attempts, Instant now, double spread) {
        if (attempts < 1 || attempts > delays.size()) {
            return Optional.empty();
        }
        Duration delay = delays.get(attempts - 1);
        long extra = (long) (delay.toMillis() * 0.1 * Math.max(0, Math.min(1, spread)));
        return Optional.of(now.plus(delay).plusMillis(extra));
    }
}
