package fi.sote.booking.adapters.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimitTests {

    private final AtomicLong nanos = new AtomicLong();
    private final ClientRateLimit limit = new ClientRateLimit(60, 3, nanos::get);

    @Test
    void aBurstIsAllowedThenOneRequestPerRefill() {
        assertThat(limit.take("maija")).isEmpty();
        assertThat(limit.take("maija")).isEmpty();
        assertThat(limit.take("maija")).isEmpty();
        assertThat(limit.take("maija")).isEqualTo(OptionalLong.of(1));

        nanos.addAndGet(500_000_000L);
        assertThat(limit.take("maija"))
                .as("half a request refilled; the wait rounds up")
                .isEqualTo(OptionalLong.of(1));
        nanos.addAndGet(500_000_000L);
        assertThat(limit.take("maija")).isEmpty();
        assertThat(limit.take("maija")).isPresent();
    }

    @Test
    void eachSubjectHasItsOwnAllowanceAndItRefillsOnlyToTheBurst() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("maija")).isEmpty();
        }
        assertThat(limit.take("maija")).isPresent();
        assertThat(limit.take("matti")).isEmpty();

        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("maija")).isEmpty();
        }
        assertThat(limit.take("maija"))
                .as("an hour's rest gives back the burst, not an hour's worth")
                .isPresent();
    }

    @Test
    void theWaitIsTheTimeUntilOneRequestIsBack() {
        ClientRateLimit slow = new ClientRateLimit(6, 1, nanos::get);
        assertThat(slow.take("maija")).isEmpty();
        assertThat(slow.take("maija")).isEqualTo(OptionalLong.of(10));
        nanos.addAndGet(4_000_000_000L);
        assertThat(slow.take("maija")).isEqualTo(OptionalLong.of(6));
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThatThrownBy(() -> new ClientRateLimit(0, 3, nanos::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientRateLimit(60, 0, nanos::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
