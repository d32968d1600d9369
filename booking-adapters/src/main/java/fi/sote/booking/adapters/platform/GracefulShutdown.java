package fi.sote.booking.adapters.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

/**
 * How the service stops on SIGTERM, in three steps: for {@code booking.shutdown.delay} it reports itself not ready
 * while it goes on answering, so that a load balancer stops sending it requests; then it answers each new request
 * 503 problem+json (through the HTTP layer's first route, which asks {@link #admit()}) while the requests already
 * running get up to {@code booking.shutdown.timeout} to finish; then the shutdown goes on. Quarkus' own graceful
 * shutdown would refuse those requests with an empty 503 before any route could answer them, so it is off
 * ({@code quarkus.shutdown.timeout} unset) and this takes its place.
 */
@ApplicationScoped
@Default // besides the readiness check, the bean the HTTP layer asks
@Readiness
public class GracefulShutdown implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    private enum Phase {
        RUNNING,
        LEAVING,
        REFUSING
    }

    private final Duration delay;
    private final Duration timeout;
    private final AtomicInteger running = new AtomicInteger();
    private volatile Phase phase = Phase.RUNNING;

    GracefulShutdown(
            @ConfigProperty(name = "booking.shutdown.delay", defaultValue = "PT0S") Duration delay,
            @ConfigProperty(name = "booking.shutdown.timeout", defaultValue = "PT30S") Duration timeout) {
        this.delay = delay;
        this.timeout = timeout;
    }

    /**
     * Whether a request that has just arrived is to be handled; if so, it counts as running until {@link #done()}.
     * False once the service refuses new requests.
     */
    public boolean admit() {
        if (phase == Phase.REFUSING) {
            return false;
        }
        running.incrementAndGet();
        return true;
    }

    /** A request admitted has been answered (or its connection lost). */
    public void done() {
        running.decrementAndGet();
    }

    /** The first step of stopping: Quarkus fires this before it stops anything ({@code quarkus.shutdown.delay-enabled}). */
    void stop(@Observes ShutdownDelayInitiatedEvent stopping) throws InterruptedException {
        phase = Phase.LEAVING;
        if (!delay.isZero()) {
            LOG.infof("Stopping: reported not ready, still answering for %s", delay);
            Thread.sleep(delay.toMillis());
        }
        phase = Phase.REFUSING;
        long deadline = System.nanoTime() + timeout.toNanos();
        int left = running.get();
        if (left > 0) {
            LOG.infof("Stopping: new requests are refused; waiting up to %s for %d running", timeout, left);
        }
        while ((left = running.get()) > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        if (left > 0) {
            LOG.warnf("Stopping with %d request(s) still running after %s", left, timeout);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Graceful shutdown")
                .status(phase == Phase.RUNNING)
                .build();
    }
}
