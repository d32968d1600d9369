package fi.sote.booking.adapters.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.ForbiddenException;

import fi.sote.booking.adapters.in.fhir.FhirPaths;

/**
 * An integration (another regional system) may call only what the scopes of its token allow. An
 * operation open to integrations says which scope it needs with the contract extension
 * {@value #EXTENSION} (so the contract and the check are one and the same); an operation without one
 * is closed to integrations. Scopes: {@value #BOOKINGS_READ}, {@value #BOOKINGS_WRITE},
 * {@value #SLOTS_READ}, {@value #CATALOGUE_READ}, {@value #CLIENT_RECORDS_WRITE}, {@value #STATISTICS_READ}, {@value #EVENTS_READ}; {@value #ANY} needs none.
 */
public class IntegrationScopes {

    public static final String EXTENSION = "x-integration-scope";
    public static final String BOOKINGS_READ = "bookings.read";
    public static final String BOOKINGS_WRITE = "bookings.write";
    public static final String SLOTS_READ = "slots.read";
    public static final String CATALOGUE_READ = "catalogue.read";
    public static final String CLIENT_RECORDS_WRITE = "client-records.write";
    public static final String STATISTICS_READ = "statistics.read";
    public static final String EVENTS_READ = "events.read";
    public static final String ANY = "any";

    private final Caller caller;

    IntegrationScopes(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireScope(ContainerRequestContext request, ResourceInfo resource) {
        if (!(request.getUriInfo().getPath().startsWith("/api/") || FhirPaths.isFhir(request))
                || resource.getResourceMethod() == null
                || !request.getSecurityContext().isUserInRole(Roles.INTEGRATION)) {
            return;
        }
        Optional<String> needed = required(resource.getResourceMethod());
        if (needed.isEmpty()) {
            throw new ForbiddenException("This operation is not open to integrations");
        }
        String scope = needed.get();
        if (!scope.equals(ANY) && !caller.granted(scope)) {
            throw new ForbiddenException("The integration's token lacks the scope '" + scope + "'");
        }
    }

    /** The scope an operation asks of integrations, from its {@value #EXTENSION} contract extension. */
    static Optional<String> required(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .filter(extension -> extension.name().equals(EXTENSION))
                .map(Extension::value)
                .findFirst();
    }

    /** Every scope an operation may ask for. */
    public static Set<String> all() {
        return Set.of(
                BOOKINGS_READ,
                BOOKINGS_WRITE,
                SLOTS_READ,
                CATALOGUE_READ,
                CLIENT_RECORDS_WRITE,
                STATISTICS_READ,
                EVENTS_READ);
    }
}
