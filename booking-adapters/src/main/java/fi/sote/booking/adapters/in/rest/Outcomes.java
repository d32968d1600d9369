package fi.sote.booking.adapters.in.rest;

import java.util.function.Function;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fi.sote.booking.adapters.in.rest.problem.Problem;
import fi.sote.booking.adapters.in.rest.problem.RejectedException;
import fi.sote.booking.application.shared.Outcome;

/** Turns what a use case answered into the response: the value, or a problem from the one mapper. */
public final class Outcomes {

    private Outcomes() {}

    /** The accepted value; a rejection or a not-found leaves as a problem. */
    public static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> accepted) {
            return accepted.value();
        }
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            throw new RejectedException(
                    rejected.reason(),
                    rejected.field(),
                    rejected.detail(),
                    rejected.conflicts().stream()
                            .map(conflict -> new Problem.FieldError(conflict.field(), conflict.message()))
                            .toList());
        }
        throw new NotFoundException(((Outcome.NotFound<T>) outcome).detail());
    }

    /** 201 with the view of the accepted value and a Location of the request path plus its id. */
    public static <T, V> Response created(
            Outcome<T> outcome, Function<T, V> view, Function<V, Object> id, UriInfo uri) {
        V body = view.apply(value(outcome));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(id.apply(body)))
                        .build())
                .entity(body)
                .build();
    }
}
