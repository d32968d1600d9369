package fi.sote.booking.adapters.in.rest.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fi.sote.booking.adapters.in.fhir.FhirPaths;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;

/**
 * Client self-service is open to every resident with a token, so each client subject gets an
 * allowance of requests to the API ({@link ClientRateLimit}); beyond it the answer is 429 with
 * {@code Retry-After}. Professionals and integrations are not limited here.
 */
public class ClientRateLimiting {

    private final ClientRateLimit limit;
    private final Caller caller;

    ClientRateLimiting(ClientRateLimit limit, Caller caller) {
        this.limit = limit;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void limitClients(ContainerRequestContext request) {
        if (request.getSecurityContext().isUserInRole(Roles.CLIENT)
                && (request.getUriInfo().getPath().startsWith("/api/") || FhirPaths.isFhir(request))) {
            limit.take(caller.subject()).ifPresent(seconds -> {
                throw new RateLimitedException(seconds);
            });
        }
    }
}
