package fi.sote.booking.adapters.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Stops the embedded PostgreSQL (if this process started one) once the service has shut down, and not before: the
 * requests still running when the service is asked to stop need it ({@link GracefulShutdown}).
 */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

    // Early: before the graceful shutdown waits for the running requests.
    void keepUntilStopped(@Observes @Priority(1) ShutdownDelayInitiatedEvent event) {
        EmbeddedDatabase.serviceStopping();
    }

    // Late: after the HTTP server has drained its requests and other observers have finished.
    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.stopShared();
    }
}
