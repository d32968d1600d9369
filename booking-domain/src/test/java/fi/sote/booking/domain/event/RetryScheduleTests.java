package fi.sote.booking.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachFailedAttemptWaitsTheNextDelaySpreadByUpToATenthAndTheLastGivesUp() {
        assertThat(RetrySchedule.STANDARD.next(1, NOW, 0)).hasValue(NOW.plusSeconds(5));
        assertThat(RetrySchedule.STANDARD.next(2, NOW, 1))
                .hasValue(NOW.plus(Duration.ofMinutes(5).plusSeconds(30)));
        assertThat(RetrySchedule.STANDARD.next(9, NOW, 0.5))
                .hasValue(NOW.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(72)));
        assertThat(RetrySchedule.STANDARD.next(10, NOW, 0))
                .as("ten attempts in all")
                .isEmpty();
        assertThat(RetrySchedule.STANDARD.delays().stream().reduce(Duration.ZERO, Duration::plus))
                .as("about three days")
                .isEqualTo(Duration.ofHours(75).plusMinutes(35).plusSeconds(5));
    }

    @Test
    void aScheduleOfItsOwnTakesOnlyPositiveDelays() {
        RetrySchedule quick = new RetrySchedule(List.of(Duration.ofMillis(300)));
        assertThat(quick.next(1, NOW, 0)).hasValue(NOW.plusMillis(300));
        assertThat(quick.next(2, NOW, 0)).isEmpty();
        assertThat(quick.next(0, NOW, 0)).isEmpty();
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
