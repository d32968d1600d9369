package fi.sote.booking.adapters.in.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * A NUL character (U+0000) in a query or path parameter is a 400 naming the parameter: no text the service stores
 * or looks up may hold one (PostgreSQL refuses it), and a body's texts are held to the same rule by
 * {@link StrictJson}.
 */
public class ParametersWithoutNul {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request, HttpServerRequest http) {
        // a NUL can only arrive percent-encoded; the parameters are decoded to name it only when one did
        if (http.uri().contains("%00")) {
            refuse(request.getUriInfo().getPathParameters());
            refuse(request.getUriInfo().getQueryParameters());
        }
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new InvalidValueException(parameter.getKey(), "must not contain a NUL character (U+0000)");
                }
            }
        }
    }
}
