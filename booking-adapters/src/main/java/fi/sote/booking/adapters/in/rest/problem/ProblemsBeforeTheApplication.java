package fi.sote.booking.adapters.in.rest.problem;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import fi.sote.booking.adapters.platform.GracefulShutdown;

/**
 * Problems answered by the HTTP layer before a request reaches a resource, in the same problem+json as every other
 * error: a request line or headers longer than {@code booking.http.max-request-line} or
 * {@code booking.http.max-header-size} (414, 431), a request target that is not a URI or a header that is not one
 * (400 naming the query parameter, the path or the header: {@link RequestHeads}), a body larger than
 * {@code quarkus.http.limits.max-body-size} (413 in place of the HTTP layer's empty one: refused on its declared
 * length before a byte of it is read, or, sent in chunks without a length, once the chunks pass the limit), a request that arrives while the service is stopping ({@link GracefulShutdown}: 503, with
 * {@code Connection: close} so that the client's next attempt finds another instance), and the challenge to a request
 * without a token ({@link ProblemChallenge}).
 */
@ApplicationScoped
public class ProblemsBeforeTheApplication {

    private static final Set<HttpMethod> MAY_HAVE_A_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ObjectMapper json;
    private final GracefulShutdown shutdown;
    private final long maxBodySize;
    /** Reads a body sent in chunks, up to the limit, before the resource reads it from memory. */
    private final BodyHandler chunkedBodies;

    private final RequestHeads heads;

    ProblemsBeforeTheApplication(
            ObjectMapper json,
            GracefulShutdown shutdown,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "booking.http.max-request-line") MemorySize maxRequestLine,
            @ConfigProperty(name = "booking.http.max-header-size") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int lineCeiling,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize headerCeiling) {
        // past the HTTP layer's own limits it answers alone, without a problem: they must stay above the service's
        if (maxRequestLine.asLongValue() >= lineCeiling || maxHeaderSize.asLongValue() >= headerCeiling.asLongValue()) {
            throw new IllegalStateException("booking.http.max-request-line (" + maxRequestLine.asLongValue()
                    + ") and booking.http.max-header-size (" + maxHeaderSize.asLongValue()
                    + ") must stay below quarkus.http.limits.max-initial-line-length (" + lineCeiling
                    + ") and quarkus.http.limits.max-header-size (" + headerCeiling.asLongValue() + ")");
        }
        this.heads = new RequestHeads(maxRequestLine.asLongValue(), maxHeaderSize.asLongValue());
        this.json = json;
        this.shutdown = shutdown;
        this.maxBodySize = maxBodySize.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    /** The first route: a request the service cannot read, then one that arrives while the service is stopping. */
    void first(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_RECORD_START_TIME).handler(context -> {
            Optional<RequestHeads.Refusal> refusal = heads.check(context.request());
            if (refusal.isPresent()) {
                write(
                        context,
                        refusal.get().type(),
                        refusal.get().detail(),
                        refusal.get().errors());
            } else if (shutdown.admit()) {
                context.addEndHandler(ended -> shutdown.done());
                context.next();
            } else {
                context.response().putHeader(HttpHeaders.CONNECTION, "close").putHeader(HttpHeaders.RETRY_AFTER, "0");
                write(context, ProblemType.STOPPING, null);
            }
        });
    }

    void refuseLargeBodies(@Observes Router router) {
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::refuseIfTooLarge)
                .failureHandler(context -> {
                    if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status
                            && !context.response().ended()) {
                        tooLarge(context, "The body is larger than this service takes (" + maxBodySize + " bytes).");
                    } else {
                        context.next();
                    }
                });
    }

    private void refuseIfTooLarge(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (declaredLength(declared) > maxBodySize) {
                tooLarge(
                        context, "The body is " + declared + " bytes; this service takes at most " + maxBodySize + ".");
            } else {
                context.next();
            }
        } else if (MAY_HAVE_A_BODY.contains(context.request().method())) {
            // sent in chunks (HTTP/1.1) or in frames (HTTP/2) without a declared length
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(context, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    /** Ends the response with the problem of the given type. */
    void write(RoutingContext context, ProblemType type, String detail) {
        write(context, type, detail, List.of());
    }

    private void write(RoutingContext context, ProblemType type, String detail, List<Problem.FieldError> errors) {
        HttpServerResponse response = context.response();
        byte[] body;
        try {
            body = json.writeValueAsBytes(type.problem(detail, context.request().path(), errors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
        response.setStatusCode(type.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
