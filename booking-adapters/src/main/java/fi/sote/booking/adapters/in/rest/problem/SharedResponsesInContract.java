package fi.sote.booking.adapters.in.rest.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import fi.sote.booking.adapters.in.rest.ContractExtensions;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Declares in one place what many operations share, instead of on every resource method: every error response is
 * a problem ({@link Problem}, so a resource names only the status and what it means); 400 where there is input,
 * 413 and 415 where there is a body, 401 and 403 where a token is needed, 404 where the path names a resource, 412
 * where {@code If-Match} is taken, 429 where clients may call, 500, and 503 (the database away or busy, or the
 * instance stopping) with {@code Retry-After}; a booking, a calendar entry or a catalogue item answered whole carries
 * its version as its {@code ETag}.
 * Responses are listed by status.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedResponsesInContract implements OASFilter {

    private static final String BOOKING = "#/components/schemas/Booking";
    private static final String CALENDAR_ENTRY = "#/components/schemas/CalendarEntry";
    /** The catalogue's items, each answered whole with its version (a registration's answer, at 0, has none). */
    private static final Map<String, String> CATALOGUE_ITEMS = Map.of(
            "#/components/schemas/BookableProduct", "bookable product",
            "#/components/schemas/ServiceTask", "service task",
            "#/components/schemas/SocialService", "social service",
            "#/components/schemas/ServicePoint", "service point",
            "#/components/schemas/Resource", "resource",
            "#/components/schemas/ContactMode", "contact mode",
            "#/components/schemas/CalendarEntryType", "calendar entry type");

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addShared(path, method, operation));
            }
        });
    }

    private static void addShared(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        describeHeaders(operation);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(
                    responses,
                    "400",
                    "The request is not valid: malformed JSON, a wrong type, a missing or unknown field "
                            + "(codes validation, malformed-request). The fields at fault are listed.");
        }
        if (operation.getRequestBody() != null) {
            add(
                    responses,
                    "413",
                    "The body is larger than the service takes (code payload-too-large; BOOKING_MAX_BODY_SIZE, "
                            + "256 KiB by default).");
            add(responses, "415", "The body is not of a media type the operation takes (code unsupported-media-type).");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No valid bearer token (code unauthenticated).");
            add(responses, "403", "The caller's role does not allow this (code forbidden).");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found in the caller's organisation (code not-found).");
        }
        if (takesHeader(operation, "If-Match")) {
            add(responses, "412", "If-Match names an old version (stale-version).");
        }
        if (takesHeader(operation, IDEMPOTENCY_KEY)) {
            mention(
                    responses,
                    "409",
                    "The first request with the same Idempotency-Key has not finished " + "(idempotency-key-in-use).");
            add(
                    responses,
                    "422",
                    "The Idempotency-Key was first used for a different request (idempotency-key-reused).");
        }
        if (openToClients(operation)) {
            add(
                    responses,
                    "429",
                    "The client has used up their allowance of requests (code rate-limited); try again "
                            + "after the seconds in Retry-After.");
            retryAfter(responses.getAPIResponse("429"));
        }
        add(responses, "500", "Unexpected error; the detail carries a reference to the service's log (code internal).");
        add(
                responses,
                "503",
                "The service cannot reach its database (code unavailable), no database connection or lock came "
                        + "free within its bound (code busy), or this instance is stopping (code stopping, with "
                        + "Connection: close); nothing was changed. Try again after the seconds in Retry-After.");
        retryAfter(responses.getAPIResponse("503"));
        Map<String, Set<String>> codes = codes(operation, responses);
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(response, codes.getOrDefault(status, Set.of()));
            }
            String versioned = versioned(status, response);
            if (versioned != null) {
                response.addHeader(
                        "ETag",
                        OASFactory.createHeader()
                                .description("The " + versioned + "'s version; send it back in If-Match to change the "
                                        + versioned + ".")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        });
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /**
     * The codes each problem status of the operation may carry: those of the status for every operation that has it
     * (an idempotency conflict only where a key is taken, a malformed body only where there is one), and the
     * rejections the resource method names ({@link ProblemCodes}).
     */
    private static Map<String, Set<String>> codes(Operation operation, APIResponses responses) {
        Map<String, Set<String>> codes = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            boolean applies = switch (type) {
                case MALFORMED_REQUEST -> operation.getRequestBody() != null;
                case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, URI_TOO_LONG, HEADERS_TOO_LARGE -> false;
                default -> true;
            };
            if (applies && responses.hasAPIResponse(String.valueOf(type.status))) {
                codes.computeIfAbsent(String.valueOf(type.status), status -> new TreeSet<>())
                        .add(type.code);
            }
        }
        if (takesHeader(operation, IDEMPOTENCY_KEY)) {
            named(operation, codes, responses, RejectionReason.IDEMPOTENCY_KEY_IN_USE);
            named(operation, codes, responses, RejectionReason.IDEMPOTENCY_KEY_REUSED);
        }
        if (takesHeader(operation, "If-Match")) {
            named(operation, codes, responses, RejectionReason.STALE_VERSION);
        }
        Object named = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(ProblemCodes.EXTENSION);
        if (named != null) {
            for (String code : named.toString().strip().split("\\s+")) {
                named(
                        operation,
                        codes,
                        responses,
                        Arrays.stream(RejectionReason.values())
                                .filter(reason -> reason.code().equals(code))
                                .findFirst()
                                .orElseThrow(() -> new IllegalStateException(operation.getOperationId()
                                        + " names the problem code '" + code + "', which the service does not have")));
            }
        }
        operation.removeExtension(ProblemCodes.EXTENSION);
        ContractExtensions.offResponses(operation, ProblemCodes.EXTENSION);
        return codes;
    }

    private static void named(
            Operation operation, Map<String, Set<String>> codes, APIResponses responses, RejectionReason reason) {
        String status = String.valueOf(ProblemType.statusOf(reason));
        if (!responses.hasAPIResponse(status)) {
            throw new IllegalStateException(operation.getOperationId() + " may answer " + reason.code() + " with "
                    + status + ", but declares no response " + status);
        }
        codes.computeIfAbsent(status, ignored -> new TreeSet<>()).add(reason.code());
    }

    private static void retryAfter(APIResponse response) {
        response.addHeader(
                "Retry-After",
                OASFactory.createHeader()
                        .description("Seconds until the client may try again.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    /** What of a versioned kind the response answers with ("booking", "calendar entry"), or null. */
    private static String versioned(String status, APIResponse response) {
        if (!status.equals("200") && !status.equals("201")) {
            return null;
        }
        Content content = response.getContent();
        MediaType json = content == null ? null : content.getMediaType("application/json");
        String ref = json == null || json.getSchema() == null
                ? null
                : json.getSchema().getRef();
        if (BOOKING.equals(ref)) {
            return "booking";
        }
        if (CATALOGUE_ITEMS.containsKey(ref) && status.equals("200")) {
            // an item registered is at version 0: its answer (replayed to a repeated key as stored) carries none
            return CATALOGUE_ITEMS.get(ref);
        }
        return CALENDAR_ENTRY.equals(ref) ? "calendar entry" : null;
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter ->
                                parameter.getIn() == Parameter.In.HEADER && name.equals(parameter.getName()));
    }

    /** Adds to what a declared response says, or declares it with that alone. */
    private static void mention(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponses() == null ? null : responses.getAPIResponse(status);
        if (declared == null) {
            add(responses, status, description);
        } else {
            declared.description(declared.getDescription() + " " + description);
        }
    }

    /** The shared headers' meaning, said once for every operation that takes them. */
    private static void describeHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getDescription() != null) {
                continue;
            }
            if (IDEMPOTENCY_KEY.equals(parameter.getName())) {
                parameter.description("A key of the caller's choosing, 1-255 visible ASCII characters: the same key "
                        + "and request again replay the first reply (with Idempotent-Replayed: true) instead of "
                        + "repeating the change; kept for booking.idempotency.retention (two days by default).");
            } else if ("If-Match".equals(parameter.getName())) {
                parameter.description(
                        "The ETag (version) of what is changed as the caller read it; an older one is 412.");
            }
        }
    }

    /**
     * Operations a client (the client role) may call: the security requirement's scopes name the roles,
     * and none are named where any signed-in caller may call.
     */
    private static boolean openToClients(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .flatMap(requirement -> requirement.getSchemes().values().stream())
                        .anyMatch(roles -> roles == null || roles.isEmpty() || roles.contains(Roles.CLIENT));
    }

    /**
     * Declares a shared problem response; one the framework added without content ("Bad Request", "Not Authorized")
     * gives way to it, one a resource declared with content stays.
     */
    private static void add(APIResponses responses, String status, String description) {
        Map<String, APIResponse> existing = responses.getAPIResponses();
        if (existing != null
                && existing.containsKey(status)
                && existing.get(status).getContent() != null) {
            return;
        }
        responses.addAPIResponse(
                status, asProblem(OASFactory.createAPIResponse().description(description)));
    }

    private static APIResponse asProblem(APIResponse response) {
        return asProblem(response, Set.of());
    }

    /** A problem response, its code one of those given (when any are). */
    private static APIResponse asProblem(APIResponse response, Set<String> codes) {
        Schema problem = OASFactory.createSchema().ref("Problem");
        Schema schema = codes.isEmpty()
                ? problem
                : OASFactory.createSchema()
                        .addAllOf(problem)
                        .addAllOf(OASFactory.createSchema()
                                .addProperty(
                                        "code",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.STRING)
                                                .enumeration(new ArrayList<>(codes))));
        if (response.getContent() == null) {
            response.content(OASFactory.createContent()
                    .addMediaType(
                            Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(schema)));
        } else if (response.getContent().getMediaType(Problem.MEDIA_TYPE) != null && !codes.isEmpty()) {
            response.getContent().getMediaType(Problem.MEDIA_TYPE).setSchema(schema);
        }
        return response;
    }
}
