package fi.sote.booking.adapters.in.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a body must say what it is: without a {@code Content-Type} the answer is 415
 * {@code unsupported-media-type}, not a guess that it is JSON.
 */
public class BodiesNamedJson {

    @ServerRequestFilter(preMatching = true)
    public void requireContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            throw new NotSupportedException("A request with a body needs a Content-Type: application/json");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
    }
}
