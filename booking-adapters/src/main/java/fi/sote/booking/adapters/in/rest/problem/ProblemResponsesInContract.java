package fi.sote.booking.adapters.in.rest.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import fi.sote.booking.adapters.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem responses every operation can give, in one place instead of on every
 * resource method: 400 where there is input, 401 and 403 where a token is needed, 404 where the
 * path names a resource, 429 where clients may call, and 500.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesInContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation));
            }
        });
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, "400", "The request is not valid: malformed JSON, a wrong type, a missing or unknown field "
                    + "(codes validation, malformed-request). The fields at fault are listed.");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No valid bearer token (code unauthenticated).");
            add(responses, "403", "The caller's role does not allow this (code forbidden).");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found in the caller's organisation (code not-found).");
        }
        if (openToClients(operation)) {
            add(responses, "429", "The client has used up their allowance of requests (code rate-limited); try again "
                    + "after the seconds in Retry-After.");
            responses.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until the client may try again.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        add(responses, "500", "Unexpected error; the detail carries a reference to the service's log (code internal).");
    }

    /**
     * Operations a client (the client role) may call: the security requirement's scopes name the roles,
     * and none are named where any signed-in caller may call.
     */
    private static boolean openToClients(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .anyMatch(roles -> roles == null || roles.isEmpty() || roles.contains(Roles.CLIENT));
    }

    private static void add(APIResponses responses, String status, String description) {
        Map<String, APIResponse> existing = responses.getAPIResponses();
        if (existing != null && existing.containsKey(status) && existing.get(status).getContent() != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
