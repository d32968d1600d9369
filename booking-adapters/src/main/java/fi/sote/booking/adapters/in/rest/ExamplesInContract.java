package fi.sote.booking.adapters.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives each operation's JSON request body and main answer (its first 2xx with a JSON body) an example, read from
 * {@value #DIRECTORY}: {@code <operationId>.request.json} and {@code <operationId>.response.json}. The examples are
 * real exchanges of the test suite, recorded by it when the contract is refreshed (README, "The contract"); the
 * suite checks that each still matches its schema and that no operation lacks one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExamplesInContract implements OASFilter {

    /** Where the examples are, on the class path. */
    public static final String DIRECTORY = "contract-examples";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() != null) {
            addExamples(operation);
        }
        return operation;
    }

    private void addExamples(Operation operation) {
        if (operation.getRequestBody() != null) {
            example(operation.getRequestBody().getContent(), operation.getOperationId() + ".request.json");
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().entrySet().stream()
                    .filter(response -> response.getKey().startsWith("2") && answersJson(response.getValue()))
                    .min(Map.Entry.comparingByKey())
                    .ifPresent(main ->
                            example(main.getValue().getContent(), operation.getOperationId() + ".response.json"));
        }
    }

    private static boolean answersJson(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaType(MediaType.APPLICATION_JSON) != null;
    }

    private void example(Content content, String name) {
        if (content == null || content.getMediaType(MediaType.APPLICATION_JSON) == null) {
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DIRECTORY + "/" + name)) {
            if (in != null) {
                content.getMediaType(MediaType.APPLICATION_JSON).setExample(JSON.readValue(in, Object.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The contract example " + name + " is not JSON", e);
        }
    }
}
