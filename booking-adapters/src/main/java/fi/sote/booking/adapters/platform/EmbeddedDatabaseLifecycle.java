package fi.sote.booking.adapters.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/** Stops the embedded PostgreSQL (if this process started one) once the service has shut down. */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

    // Late: after the HTTP server has drained its requests and other observers have finished.
    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.stopShared();
    }
}
