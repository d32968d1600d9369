package fi.sote.booking.adapters.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * The OpenAPI contract as a judge of HTTP exchanges. A response must have a status the operation declares, a media
 * type declared for that status and, for JSON, a body its schema accepts: every required property present, nothing
 * null that is not declared nullable, formats (date-time, uuid, ...) and enumerations kept, and no property the
 * contract does not declare. A request the service accepted (any answer below 400) must be one the contract allows:
 * its path, query and header parameters and its body. A request the service refused may break the contract; that is
 * what the tests of refusals send.
 *
 * <p>Paths outside {@code /api/} (the platform's {@code /q/...}), CORS preflight requests and the bare 403 with which
 * the platform refuses a request from an origin it does not allow are not part of the contract.
 */
public final class Contract {

    /** The contract as committed: what frontend teams and integrators build from. */
    public static final Path COMMITTED = Path.of("../openapi/booking-api.yaml");

    private static final String BASE = "https://contract.booking.invalid/booking-api.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static volatile Contract committed;

    private final JsonNode document;
    private final List<Route> routes;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Contract(JsonNode document) {
        this.document = document;
        this.routes = routes(document);
        ObjectNode judged = JsonNodeFactory.instance.objectNode();
        judged.set("components", strict(document.path("components").deepCopy()));
        ObjectNode definitions = judged.putObject("$defs");
        collectSchemas(document, definitions);
        String text = write(judged);
        // the document holding the schemas is not one itself: its components are not a keyword to validate by
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .keyword(new NonValidationKeyword("components"))
                .build();
        this.factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect)
                        .defaultMetaSchemaIri(dialect.getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    /** The committed contract, read once. */
    public static Contract committed() {
        Contract contract = committed;
        if (contract == null) {
            synchronized (Contract.class) {
                if (committed == null) {
                    committed = parse(read(COMMITTED));
                }
                contract = committed;
            }
        }
        return contract;
    }

    public static Contract parse(String yaml) {
        try {
            return new Contract(YAML.readTree(yaml));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the contract is not YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** The contract as a tree, for the tests that read it directly. */
    public JsonNode document() {
        return document;
    }

    /** What in the exchange breaks the contract; empty when nothing does. */
    public List<String> violations(Exchange exchange) {
        if (!judged(exchange)) {
            return List.of();
        }
        Route route = route(exchange.path()).orElse(null);
        if (route == null) {
            return exchange.status() == 404 ? List.of() : List.of("no path of the contract matches " + exchange.path());
        }
        JsonNode operation = route.item().get(exchange.method().toLowerCase(Locale.ROOT));
        if (operation == null) {
            return exchange.status() == 405
                    ? List.of()
                    : List.of(exchange.method() + " is not an operation of " + route.template());
        }
        String operationId = operation.path("operationId").asText();
        List<String> violations = new ArrayList<>();
        checkResponse(operationId, operation, exchange, violations);
        if (exchange.status() < 400) {
            checkParameters(operationId, route, operation, exchange, violations);
            checkRequestBody(operationId, operation, exchange, violations);
        }
        return violations.stream()
                .map(violation -> exchange.method() + " " + route.template() + " (" + operationId + ") answered "
                        + exchange.status() + ": " + violation)
                .toList();
    }

    /** The operation the exchange is of, when the contract has it. */
    public Optional<String> operationId(Exchange exchange) {
        return operation(exchange)
                .map(operation -> operation.path("operationId").asText());
    }

    /** Whether the exchange's response is its operation's main answer: its first success with a JSON body. */
    public boolean isMainAnswer(Exchange exchange) {
        return operation(exchange)
                .flatMap(Contract::mainAnswer)
                .map(status -> status.equals(String.valueOf(exchange.status())))
                .orElse(false);
    }

    /**
     * What in the contract's examples breaks its schemas, and which request body or main answer has no example;
     * empty when every one has one that its schema accepts.
     */
    public List<String> exampleViolations() {
        List<String> violations = new ArrayList<>();
        operations().forEach(operation -> {
            String operationId = operation.path("operationId").asText();
            operation.path("requestBody").path("content").properties().stream()
                    .filter(media -> isJson(media.getKey()))
                    .forEach(media -> example(
                            operationId, media.getValue(), key(operationId, "request", media.getKey()), violations));
            mainAnswer(operation)
                    .ifPresent(status -> operation.path("responses").path(status).path("content").properties().stream()
                            .filter(media -> isJson(media.getKey()))
                            .forEach(media -> example(
                                    operationId,
                                    media.getValue(),
                                    key(operationId, "response", status, media.getKey()),
                                    violations)));
        });
        return violations;
    }

    private void example(String operationId, JsonNode media, String key, List<String> violations) {
        if (!media.has("example")) {
            violations.add(key + " has no example");
            return;
        }
        List<String> found = new ArrayList<>();
        validate(key, media.get("example"), "the example", found);
        found.forEach(violation -> violations.add(operationId + ": " + violation));
    }

    private static Optional<String> mainAnswer(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("2")
                    && response.getValue().path("content").has("application/json")) {
                statuses.add(response.getKey());
            }
        });
        return statuses.stream().sorted().findFirst();
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.path("paths")
                .forEach(item -> item.forEach(operation -> {
                    if (operation.has("operationId")) {
                        operations.add(operation);
                    }
                }));
        return operations;
    }

    private Optional<JsonNode> operation(Exchange exchange) {
        if (!judged(exchange)) {
            return Optional.empty();
        }
        return route(exchange.path())
                .map(route -> route.item().get(exchange.method().toLowerCase(Locale.ROOT)));
    }

    private Optional<Route> route(String path) {
        return routes.stream()
                .filter(candidate -> candidate.pattern().matcher(path).matches())
                .min(Comparator.comparingInt(Route::variables));
    }

    private static boolean judged(Exchange exchange) {
        return !exchange.method().equals("OPTIONS") && exchange.path().startsWith("/api/") && !refusedByCors(exchange);
    }

    /** The platform refuses, with a bare 403, a request from an origin the deployment does not allow. */
    private static boolean refusedByCors(Exchange exchange) {
        return exchange.headers().containsKey("origin")
                && exchange.status() == 403
                && (exchange.responseBody() == null || exchange.responseBody().isEmpty());
    }

    private void checkResponse(String operationId, JsonNode operation, Exchange exchange, List<String> violations) {
        String status = String.valueOf(exchange.status());
        JsonNode response = operation.path("responses").get(status);
        if (response == null) {
            violations.add("the contract declares no response " + status + " for it");
            return;
        }
        String body = exchange.responseBody() == null ? "" : exchange.responseBody();
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            if (!body.isBlank()) {
                violations.add("the response has a body, but the contract declares none");
            }
            return;
        }
        String mediaType = Exchange.mediaType(exchange.responseContentType());
        if (!content.has(mediaType)) {
            violations.add("the response is " + quoted(mediaType) + ", the contract declares " + names(content));
            return;
        }
        if (body.isBlank()) {
            violations.add("the response has no body, but the contract declares " + mediaType);
            return;
        }
        if (isJson(mediaType)) {
            validate(key(operationId, "response", status, mediaType), body, "the response body", violations);
        }
    }

    private void checkParameters(
            String operationId, Route route, JsonNode operation, Exchange exchange, List<String> violations) {
        Set<String> declaredQuery = new HashSet<>();
        Matcher path = route.pattern().matcher(exchange.path());
        path.matches();
        for (JsonNode parameter : parameters(route, operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String key = key(operationId, "parameter", in, name);
            List<String> values = switch (in) {
                case "path" -> List.of(path.group(route.names().indexOf(name) + 1));
                case "query" -> {
                    declaredQuery.add(name);
                    yield exchange.query().getOrDefault(name, List.of());
                }
                case "header" -> {
                    String value = exchange.headers().get(name.toLowerCase(Locale.ROOT));
                    yield value == null ? List.of() : List.of(value);
                }
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (parameter.path("required").asBoolean(false)) {
                    violations.add("the required " + in + " parameter " + name + " is missing");
                }
                continue;
            }
            JsonNode schema = parameter.path("schema");
            JsonNode value = "array".equals(typeOf(schema))
                    ? array(values, schema.path("items"))
                    : typed(values.get(values.size() - 1), schema);
            if (values.size() > 1 && !"array".equals(typeOf(schema))) {
                violations.add("the " + in + " parameter " + name + " is given " + values.size()
                        + " times, the contract takes one value");
            }
            validate(key, value, "the " + in + " parameter " + name, violations);
        }
        exchange.query().keySet().stream()
                .filter(name -> !declaredQuery.contains(name))
                .forEach(name -> violations.add("the query parameter " + name + " is not in the contract"));
    }

    private void checkRequestBody(String operationId, JsonNode operation, Exchange exchange, List<String> violations) {
        String body = exchange.requestBody() == null ? "" : exchange.requestBody();
        JsonNode requestBody = operation.get("requestBody");
        if (requestBody == null) {
            if (!body.isBlank()) {
                violations.add("the request has a body, but the contract takes none");
            }
            return;
        }
        if (body.isBlank()) {
            if (requestBody.path("required").asBoolean(false)) {
                violations.add("the request has no body, but the contract requires one");
            }
            return;
        }
        String mediaType = Exchange.mediaType(exchange.requestContentType());
        if (!requestBody.path("content").has(mediaType)) {
            violations.add("the request is " + quoted(mediaType) + ", the contract takes "
                    + names(requestBody.path("content")));
            return;
        }
        if (isJson(mediaType)) {
            validate(key(operationId, "request", mediaType), body, "the request body", violations);
        }
    }

    private void validate(String key, String json, String what, List<String> violations) {
        JsonNode instance;
        try {
            instance = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            violations.add(what + " is not JSON: " + e.getOriginalMessage());
            return;
        }
        validate(key, instance, what, violations);
    }

    private void validate(String key, JsonNode instance, String what, List<String> violations) {
        JsonSchema schema = compiled.computeIfAbsent(
                key, ignored -> factory.getSchema(SchemaLocation.of(BASE + "#/$defs/" + key), config));
        for (ValidationMessage message : schema.validate(instance)) {
            violations.add(what + ": " + message.getMessage());
        }
    }

    /**
     * The schemas of every parameter, request body and response, under $defs with names JSON pointers take, beside
     * the components they refer to (the rest of the document is not a schema).
     */
    private void collectSchemas(JsonNode document, ObjectNode definitions) {
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    JsonNode operation = entry.getValue();
                    if (!operation.has("operationId")) {
                        return;
                    }
                    String operationId = operation.get("operationId").asText();
                    Route route = routeOf(path.getKey(), path.getValue());
                    for (JsonNode parameter : parameters(route, operation)) {
                        define(
                                definitions,
                                key(
                                        operationId,
                                        "parameter",
                                        parameter.path("in").asText(),
                                        parameter.path("name").asText()),
                                parameter.path("schema"));
                    }
                    operation
                            .path("requestBody")
                            .path("content")
                            .properties()
                            .forEach(media -> define(
                                    definitions,
                                    key(operationId, "request", media.getKey()),
                                    media.getValue().path("schema")));
                    operation
                            .path("responses")
                            .properties()
                            .forEach(response -> response.getValue()
                                    .path("content")
                                    .properties()
                                    .forEach(media -> define(
                                            definitions,
                                            key(operationId, "response", response.getKey(), media.getKey()),
                                            media.getValue().path("schema"))));
                }));
    }

    private static void define(ObjectNode definitions, String key, JsonNode schema) {
        definitions.set(key, schema.isMissingNode() ? JsonNodeFactory.instance.objectNode() : schema.deepCopy());
    }

    /**
     * Every named schema that lists its properties takes no others: the contract leaves extra properties open for
     * the clients' sake, but the service must not answer with a property the contract does not declare.
     */
    private static JsonNode strict(JsonNode components) {
        JsonNode schemas = components.path("schemas");
        for (Iterator<JsonNode> it = schemas.elements(); it.hasNext(); ) {
            JsonNode schema = it.next();
            if (schema instanceof ObjectNode object
                    && object.has("properties")
                    && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
        }
        return components;
    }

    private List<JsonNode> parameters(Route route, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        route.item().path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        return parameters;
    }

    /** A parameter's text as the JSON value its schema speaks of; left as text when it does not read as one. */
    private JsonNode typed(String text, JsonNode schema) {
        String type = typeOf(schema);
        try {
            return switch (type) {
                case "integer" -> LongNode.valueOf(Long.parseLong(text));
                case "number" -> DecimalNode.valueOf(new BigDecimal(text));
                case "boolean" ->
                    "true".equals(text) || "false".equals(text)
                            ? BooleanNode.valueOf(Boolean.parseBoolean(text))
                            : TextNode.valueOf(text);
                default -> TextNode.valueOf(text);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    /** An array parameter: repeated (form, exploded) or, when given once, comma-separated. */
    private JsonNode array(List<String> values, JsonNode items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String value : values) {
            for (String item : values.size() == 1 ? value.split(",", -1) : new String[] {value}) {
                array.add(typed(item, items));
            }
        }
        return array;
    }

    /** The JSON type a schema (or the component it refers to) names first, other than null. */
    private String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
            return typeOf(document.path("components")
                    .path("schemas")
                    .path(ref.asText().substring("#/components/schemas/".length())));
        }
        return "string";
    }

    private static List<Route> routes(JsonNode document) {
        List<Route> routes = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            routes.add(routeOf(path.getKey(), path.getValue()));
        });
        return routes;
    }

    private static Route routeOf(String template, JsonNode item) {
        List<String> names = new ArrayList<>();
        Matcher variable = TEMPLATE_VARIABLE.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())))
                    .append("([^/]+)");
            names.add(variable.group(1));
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Route(template, Pattern.compile(regex.toString()), names, item);
    }

    private static String key(String... parts) {
        return String.join(".", parts).replace("/", "_").replace("~", "_");
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String quoted(String mediaType) {
        return mediaType.isEmpty() ? "without a media type" : mediaType;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Route(String template, Pattern pattern, List<String> names, JsonNode item) {

        int variables() {
            return names.size();
        }
    }
}
