package fi.sote.booking.adapters.in.rest.ratelimit;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client subject: {@code burst} requests at once, refilled at
 * {@code requests-per-minute}. Kept in this instance's memory; behind a load balancer each instance
 * counts on its own. Buckets that have filled up again are dropped, at most once a minute and only
 * when many are kept, so the sweep stays off the path of almost every request.
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final int KEPT_BEFORE_SWEEP = 10_000;
    private static final long SWEEP_INTERVAL_NANOS = 60_000_000_000L;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    @Inject
    ClientRateLimit(
            @ConfigProperty(name = "booking.rate-limit.client.requests-per-minute", defaultValue = "120")
                    int requestsPerMinute,
            @ConfigProperty(name = "booking.rate-limit.client.burst", defaultValue = "30") int burst) {
        this(requestsPerMinute, burst, System::nanoTime);
    }

    ClientRateLimit(int requestsPerMinute, int burst, LongSupplier clock) {
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException(
                    "The client rate limit needs at least one request a minute and a burst of one");
        }
        this.perNano = requestsPerMinute / 60e9;
        this.burst = burst;
        this.clock = clock;
        this.nextSweep = new AtomicLong(clock.getAsLong() + SWEEP_INTERVAL_NANOS);
    }

    /** Takes one request of the subject's allowance: empty when allowed, else the seconds until one is. */
    public OptionalLong take(String subject) {
        long now = clock.getAsLong();
        long sweepAt = nextSweep.get();
        if (now - sweepAt >= 0
                && buckets.size() > KEPT_BEFORE_SWEEP
                && nextSweep.compareAndSet(sweepAt, now + SWEEP_INTERVAL_NANOS)) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        return buckets.computeIfAbsent(subject, key -> new Bucket(burst, now)).take(now);
    }

    private final class Bucket {

        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
