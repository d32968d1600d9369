package fi.sote.booking.adapters.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before anything of the HTTP layer loads, it hands the checks that the HTTP layer would answer
 * with an empty status of its own (a request target that is not a URI, a header with a control character) to the
 * service's first route, which answers them as problem+json ({@code ProblemsBeforeTheApplication}); both are read
 * once, when the HTTP layer's classes load. The tests and dev mode set the same two system properties (the
 * {@code booking-adapters} POM).
 */
@QuarkusMain
public final class ServiceMain {

    /** The Vert.x switches that leave those checks to the first route. */
    static final String[] CHECKED_BY_THE_FIRST_ROUTE = {
        "vertx.disableURIValidation", "vertx.disableHttpHeadersValidation"
    };

    private ServiceMain() {}

    public static void main(String... args) {
        for (String property : CHECKED_BY_THE_FIRST_ROUTE) {
            System.setProperty(property, "true");
        }
        Quarkus.run(args);
    }
}
