package fi.sote.booking.adapters.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import fi.sote.booking.adapters.in.rest.ExamplesInContract;

/**
 * Records the contract's examples from the suite's own exchanges: while the contract is refreshed, the first
 * accepted exchange of an operation that has no example yet gives the example of its request body and of its main
 * answer ({@link ExamplesInContract}). An example once recorded stays until it is deleted.
 */
final class ContractExamples {

    static final Path DIRECTORY = Path.of("src/main/resources", ExamplesInContract.DIRECTORY);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractExamples() {}

    /** Records the exchange (which the contract accepts) as its operation's examples, where there are none. */
    static void recordMissing(Contract contract, Exchange exchange) {
        if (exchange.status() >= 300) {
            return;
        }
        contract.operationId(exchange).ifPresent(operation -> {
            if (isJson(exchange.requestContentType()) && hasText(exchange.requestBody())) {
                write(operation + ".request.json", exchange.requestBody());
            }
            if (contract.isMainAnswer(exchange)
                    && isJson(exchange.responseContentType())
                    && hasText(exchange.responseBody())) {
                write(operation + ".response.json", exchange.responseBody());
            }
        });
    }

    private static void write(String name, String json) {
        Path file = DIRECTORY.resolve(name);
        if (Files.exists(file)) {
            return;
        }
        try {
            JsonNode example = JSON.readTree(json);
            if (example.path("items").isArray() && example.path("items").isEmpty()) {
                return; // an empty list shows little: wait for one with items
            }
            String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shortened(example)) + "\n";
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, pretty, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException recordedMeanwhile) {
            // another request of the same operation was recorded first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with every list cut to its first two elements, which show its shape as well as more would. */
    private static JsonNode shortened(JsonNode node) {
        if (node instanceof ArrayNode array) {
            while (array.size() > 2) {
                array.remove(array.size() - 1);
            }
        }
        node.forEach(ContractExamples::shortened);
        return node;
    }

    private static boolean isJson(String contentType) {
        return Exchange.mediaType(contentType).equals("application/json");
    }

    private static boolean hasText(String body) {
        return body != null && !body.isBlank();
    }
}
