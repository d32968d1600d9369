package fi.sote.booking.adapters.in.rest.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import fi.sote.booking.adapters.in.rest.StrictJson;
import fi.sote.booking.adapters.in.rest.ratelimit.RateLimitedException;
import fi.sote.booking.adapters.platform.DatabaseOutage;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The one place where errors become responses: every error leaves the service as RFC 9457
 * problem+json with a stable type and code. Bad input is a 4xx naming the field, never a 500; a
 * 500 carries a reference to the log entry and nothing of the failure itself.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    private final DatabaseOutage outage;

    ProblemResponses(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response rejected(RejectedException e, UriInfo uri) {
        int status = ProblemType.statusOf(e.reason());
        return respond(new Problem(
                Problem.TYPE_PREFIX + e.reason().code(),
                e.reason().title(),
                status,
                e.getMessage(),
                path(uri),
                e.reason().code(),
                !e.parts().isEmpty()
                        ? e.parts()
                        : e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.fromResponse(simple(ProblemType.RATE_LIMITED, e.getMessage(), uri))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return validation(uri, List.of(new Problem.FieldError(e.field(), e.reason())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemResponses::isReturnValue)) {
            return internal(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return validation(uri, errors);
    }

    // Named one by one: Quarkus ships a mapper for MismatchedInputException that would otherwise be closer.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class
    })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return fromJson(e, uri);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(simple(ProblemType.UNAUTHENTICATED, null, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return simple(ProblemType.FORBIDDEN, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Optional<JsonProcessingException> json = causeOfType(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return fromJson(json.get(), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.ofStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(respond(new Problem(
                Problem.TYPE_PREFIX + type.code,
                type.title,
                status,
                detailOf(e, type),
                path(uri),
                type.code,
                List.of())));
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response fromJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            return simple(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where, uri);
        }
        String field = fieldOf(mapping.getPath());
        Optional<InvalidValueException> invalid = causeOfType(e, InvalidValueException.class);
        if (invalid.isPresent()) {
            return validation(
                    uri,
                    List.of(new Problem.FieldError(
                            invalid.get().field(), invalid.get().reason())));
        }
        String message;
        if (mapping instanceof StrictJson.Refused refused) {
            message = refused.reason();
        } else if (mapping instanceof InvalidNullException) {
            message = "must not be null";
        } else if (mapping instanceof UnrecognizedPropertyException) {
            message = "is not a field of this request";
        } else if (mapping instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of "
                    + Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        } else if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else {
            message = "has an invalid value";
        }
        return validation(uri, List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    private Response validation(UriInfo uri, List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION;
        String detail = errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return respond(type.problem(detail, path(uri), errors));
    }

    /**
     * A failure to reach the database is a 503 with {@code Retry-After} and is logged once per outage; anything else
     * is a 500 with a reference to its log entry.
     */
    private Response internal(Throwable e, UriInfo uri) {
        Optional<DatabaseOutage.Failure> database = outage.recognise(e);
        if (database.isPresent()) {
            ProblemType type =
                    database.get() == DatabaseOutage.Failure.UNREACHABLE ? ProblemType.UNAVAILABLE : ProblemType.BUSY;
            return Response.fromResponse(simple(type, null, uri))
                    .header(HttpHeaders.RETRY_AFTER, database.get().retryAfterSeconds())
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return simple(ProblemType.INTERNAL, "An unexpected error occurred. Reference: " + reference, uri);
    }

    private Response simple(ProblemType type, String detail, UriInfo uri) {
        return respond(type.problem(detail, path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String detailOf(WebApplicationException e, ProblemType type) {
        String message = e.getMessage();
        // JAX-RS fills in "HTTP 404 Not Found" and the like; that says no more than the title
        return message == null || message.startsWith("HTTP " + e.getResponse().getStatus()) ? null : message;
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * "register.body.name.fi" becomes "name.fi", "decisions[0].bookingId" keeps its index on the list; a violation on a
     * parameter itself is named by the parameter.
     */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> parts.clear();
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // the index of a node is its container's: decisions[0].bookingId, guardians[0]
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        return parts.isEmpty() ? (parameter == null ? "body" : parameter) : String.join(".", parts);
    }

    private static String fieldOf(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
