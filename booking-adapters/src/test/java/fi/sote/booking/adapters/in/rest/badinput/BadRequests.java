package fi.sote.booking.adapters.in.rest.badinput;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from the contract: for every operation, each field of its body and each of its parameters
 * given wrong types, nulls, NUL and other awkward characters, out-of-range dates and numbers, and bodies that are not
 * what the operation reads. Each probe says what a correct answer is: never 5xx, every error problem+json, and
 * where the input is wrong beyond doubt, a refusal that names the field.
 */
final class BadRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** Strings that are odd but may be valid text: none may cause a 5xx. */
    private static final List<String> ODD_TEXTS = List.of(
            "",
            " ",
            "   leading and trailing   ",
            "x".repeat(10_000),
            "ä".repeat(3_000),
            "😀👨‍👩‍👧",
            "\u202Eevil\u202C",
            "e\u0301\u0301\u0301",
            "\t\r\n",
            "\u0001\u001F\u007F",
            "\uFEFFbom",
            "' or 1=1 --",
            "'; drop table booking; --",
            "%00",
            "%",
            "\\",
            "\"quoted\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "{{7*7}}",
            "../../etc/passwd",
            "null",
            "true",
            "0",
            "-1",
            "NaN",
            "2026-11-30T10:00:00Z",
            "131052-308T");

    /** Strings holding a NUL character, which no stored text may hold. */
    private static final List<String> NUL_TEXTS = List.of("\u0000", "a\u0000", "\u0000b", "x\u0000y\u0000z");

    private static final List<String> BAD_INSTANTS = List.of(
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "2026-02-30T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-01-01T25:00:00Z",
            "2026-01-01T10:00:00",
            "2026-01-01",
            "10:00",
            "2026-01-01T10:00:00+25:00",
            "tomorrow");
    /** Instants far from today that the database can still hold: refused or not, never a 5xx. */
    private static final List<String> FAR_INSTANTS =
            List.of("+10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z", "2200-01-01T00:00:00Z");

    private static final List<String> BAD_DATES = List.of(
            "+999999999-12-31",
            "-999999999-01-01",
            "2026-02-30",
            "2026-13-01",
            "2026-1-1",
            "20260101",
            "2026-01-01T10:00:00Z",
            "today");
    private static final List<String> BAD_TIMES = List.of("24:00", "25:00", "09:60", "9:00", "09:00:00.5", "noon");
    private static final List<String> BAD_UUIDS = List.of(
            "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g",
            "3f2b8a4e6c1d4f5e9a7b2c8d0e1f4a6b",
            "3f2b8a4e-6c1d-4f5e-9a7b-2c8d0e1f4a6b-1");
    private static final List<String> BAD_INTEGERS =
            List.of("1.5", "-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-0", "1e2", "true");

    private final JsonNode contract;
    private final Map<String, String> pathValues;
    private final Map<String, JsonNode> known;

    /**
     * @param pathValues values for path parameters by name (an id the caller may act on); others get a random UUID
     * @param known values for body fields by name (ids and codes of the test's catalogue), put into every body in place
     *     of the contract example's, so that a probe is judged by what it changed and not by a stale reference; a name
     *     "operationId.field" is for that operation only, and "?name" (or "operationId?name") is a query parameter
     *     every request of an operation that has it carries unless the probe is about it
     */
    BadRequests(JsonNode contract, Map<String, String> pathValues, Map<String, JsonNode> known) {
        this.contract = contract;
        this.pathValues = pathValues;
        this.known = known;
    }

    /** An operation of the contract. */
    record Operation(String id, String method, String template, List<String> roles, JsonNode node) {}

    /** One bad request and what a correct answer to it is. */
    record Probe(
            Operation operation,
            String what,
            String method,
            String target,
            Map<String, String> headers,
            String body,
            String field,
            boolean refused,
            Set<String> fields) {}

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode node = path.getValue().get(method);
                if (node != null) {
                    List<String> roles = new ArrayList<>();
                    JsonNode security = node.path("security").path(0).path("bearer");
                    security.forEach(role -> roles.add(role.asText()));
                    operations.add(new Operation(
                            node.get("operationId").asText(), method.toUpperCase(), path.getKey(), roles, node));
                }
            }
        });
        return operations;
    }

    /** The operation's request as the probes start from it: the example body with the test's ids, no parameters. */
    Probe baseline(Operation operation) {
        ObjectNode base = base(operation);
        return probe(
                operation,
                "baseline",
                Map.of(),
                Map.of(),
                Map.of(),
                base == null ? null : base.toString(),
                null,
                false);
    }

    private ObjectNode base(Operation operation) {
        JsonNode media = operation.node().path("requestBody").path("content").path("application/json");
        JsonNode bodySchema = media.isMissingNode() ? null : resolve(media.get("schema"));
        JsonNode example = media.isMissingNode() ? null : media.get("example");
        ObjectNode base = example == null
                ? (bodySchema == null ? null : (ObjectNode) sample(bodySchema, 0))
                : (ObjectNode) example.deepCopy();
        if (base != null) {
            useKnownValues(operation.id(), base);
        }
        return base;
    }

    List<Probe> probes(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, JsonNode> parameters = parameters(operation);
        JsonNode media = operation.node().path("requestBody").path("content").path("application/json");
        JsonNode bodySchema = media.isMissingNode() ? null : resolve(media.get("schema"));
        ObjectNode base = base(operation);

        // the parameters
        for (Map.Entry<String, JsonNode> parameter : parameters.entrySet()) {
            JsonNode schema = resolve(parameter.getValue().path("schema"));
            String in = parameter.getValue().path("in").asText();
            String name = parameter.getKey();
            for (Map.Entry<String, Boolean> value :
                    parameterValues(name, schema, in).entrySet()) {
                Map<String, String> query = new LinkedHashMap<>();
                Map<String, String> headers = new LinkedHashMap<>();
                Map<String, String> path = new LinkedHashMap<>();
                switch (in) {
                    case "query" -> query.put(name, value.getKey());
                    case "header" -> headers.put(name, value.getKey());
                    default -> path.put(name, value.getKey());
                }
                probes.add(probe(
                        operation,
                        in + " " + name + "=" + shown(value.getKey()),
                        path,
                        query,
                        headers,
                        base == null ? null : base.toString(),
                        name,
                        value.getValue()));
            }
        }
        if (bodySchema == null) {
            return probes;
        }

        // each field of the body
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fieldsOf(bodySchema, "", fields, 0);
        Set<String> unknownFields = new HashSet<>();
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            String path = field.getKey();
            JsonNode schema = field.getValue();
            for (Map.Entry<String, JsonNode> value : fieldValues(schema).entrySet()) {
                ObjectNode body = base.deepCopy();
                set(body, path, value.getValue());
                boolean refused = !value.getKey().startsWith("odd");
                probes.add(probe(
                        operation,
                        "field " + path + " = " + value.getKey(),
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        body.toString(),
                        path,
                        refused));
            }
            if (!path.endsWith("]")) {
                ObjectNode body = base.deepCopy();
                remove(body, path);
                probes.add(probe(
                        operation,
                        "field " + path + " left out",
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        body.toString(),
                        path,
                        requiredAt(bodySchema, path)));
                String beside =
                        path.contains(".") ? path.substring(0, path.lastIndexOf('.')) + ".notAField" : "notAField";
                if (unknownFields.add(beside)) {
                    ObjectNode unknown = base.deepCopy();
                    set(unknown, beside, NODES.textNode("x"));
                    probes.add(probe(
                            operation,
                            "unknown field " + beside,
                            Map.of(),
                            Map.of(),
                            Map.of(),
                            unknown.toString(),
                            beside,
                            true));
                }
            }
        }

        // the body as a whole
        String json = base.toString();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("body null", "null");
        bodies.put("body an array", "[" + json + "]");
        bodies.put("body a string", "\"x\"");
        bodies.put("body a number", "1");
        bodies.put("body cut off", json.substring(0, json.length() / 2));
        bodies.put("body with a trailing comma", json.substring(0, json.length() - 1) + ",}");
        bodies.put("body twice", json + json);
        if (!base.isEmpty()) {
            bodies.put("body with every member twice", everyMemberTwice(base));
        }
        bodies.put("body nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("body with a number of 1,000 digits", "{\"n\":" + "9".repeat(1_000) + "}");
        bodies.put("body not JSON", "<xml/>");
        bodies.put(
                "body with a lone surrogate",
                json.substring(0, json.length() - 1) + (json.length() > 2 ? "," : "") + "\"x\":\"\\ud800\"}");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            probes.add(probe(operation, body.getKey(), Map.of(), Map.of(), Map.of(), body.getValue(), null, true));
        }
        probes.add(
                probe(operation, "no Content-Type", Map.of(), Map.of(), Map.of("Content-Type", ""), json, null, true));
        probes.add(probe(
                operation,
                "Content-Type text/plain",
                Map.of(),
                Map.of(),
                Map.of("Content-Type", "text/plain"),
                json,
                null,
                true));
        probes.add(probe(
                operation,
                "Content-Type application/json; charset=latin1",
                Map.of(),
                Map.of(),
                Map.of("Content-Type", "application/json; charset=nonsense"),
                json,
                null,
                false));
        return probes;
    }

    private Probe probe(
            Operation operation,
            String what,
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            String body,
            String field,
            boolean refused) {
        StringBuilder target = new StringBuilder();
        for (String segment : operation.template().split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            target.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = path.containsKey(name)
                        ? path.get(name)
                        : pathValues.getOrDefault(name, UUID.randomUUID().toString());
                target.append(encode(value));
            } else {
                target.append(segment);
            }
        }
        Map<String, String> allQuery = new LinkedHashMap<>();
        for (String name : parameters(operation).keySet()) {
            JsonNode value = known.getOrDefault(operation.id() + "?" + name, known.get("?" + name));
            if (value != null
                    && "query".equals(parameters(operation).get(name).path("in").asText())) {
                allQuery.put(name, value.asText());
            }
        }
        allQuery.putAll(query);
        String separator = "?";
        for (Map.Entry<String, String> parameter : allQuery.entrySet()) {
            target.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        Map<String, String> allHeaders = new LinkedHashMap<>();
        if (body != null) {
            allHeaders.put("Content-Type", "application/json");
        }
        allHeaders.putAll(headers);
        return new Probe(
                operation,
                what,
                operation.method(),
                target.toString(),
                allHeaders,
                body,
                field,
                refused,
                fieldsOf(operation));
    }

    /** Every field and parameter of the operation, as a refusal may name them (list items as [0]). */
    Set<String> fieldsOf(Operation operation) {
        Set<String> names = new HashSet<>(parameters(operation).keySet());
        if (operation.template().contains("{")) {
            names.add("path"); // a target that is not a URI is refused before the path is split into parameters
        }
        JsonNode media = operation.node().path("requestBody").path("content").path("application/json");
        if (!media.isMissingNode()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            fieldsOf(resolve(media.get("schema")), "", fields, 0);
            names.addAll(fields.keySet());
            names.add("body");
        }
        return names;
    }

    /** Percent-encodes a value, except where the probe is about the encoding itself (values holding a %). */
    private static String encode(String value) {
        if (value.contains("%")) {
            return value;
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, JsonNode> parameters(Operation operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        JsonNode pathItem = contract.get("paths").get(operation.template());
        for (JsonNode list :
                List.of(pathItem.path("parameters"), operation.node().path("parameters"))) {
            list.forEach(parameter -> parameters.put(parameter.get("name").asText(), parameter));
        }
        return parameters;
    }

    /** Values for a parameter, each with whether it must be refused. */
    private static Map<String, Boolean> parameterValues(String name, JsonNode schema, String in) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        if (in.equals("header")) {
            boolean version = name.equals("If-Match");
            values.put("x".repeat(300), !name.equals("Purpose-Of-Use"));
            values.put("", false);
            values.put("é", false);
            values.put("\"-1\"", version);
            values.put("W/\"1\"", false);
            values.put("\"99999999999999999999\"", version);
            values.put("*", false);
            values.put("a\u0001b", true);
            values.put("\u007F", true);
            return values;
        }
        for (String nul : List.of("%00", "a%00b")) {
            values.put(nul, true);
        }
        values.put("%C3%28", false);
        // escapes a URI does not have: refused before the application, naming the parameter (or the path)
        values.put("%", true);
        values.put("50%zz", true);
        values.put("%2", true);
        values.put("x".repeat(3_000), false);
        values.put("' or 1=1 --", false);
        if (!in.equals("path")) {
            values.put("", false);
            values.put(" ", false);
        }
        String format = schema.path("format").asText();
        String type = schema.path("type").asText();
        List<String> wrong = switch (format) {
            case "uuid" -> BAD_UUIDS;
            case "date-time" -> BAD_INSTANTS;
            case "date" -> BAD_DATES;
            default -> type.equals("integer") ? BAD_INTEGERS : List.of();
        };
        wrong.forEach(value -> values.put(value.replace("\"", ""), true));
        if (schema.has("enum") || type.equals("array")) {
            values.put("NOT_ONE", true);
        }
        return values;
    }

    /** Values for a field, by label; a label starting with "odd" may be accepted. */
    private Map<String, JsonNode> fieldValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = typeOf(schema);
        if (!type.equals("object")) {
            values.put("an object", NODES.objectNode().put("x", 1));
        }
        if (!type.equals("array")) {
            values.put("an array", NODES.arrayNode().add("x"));
        }
        if (!type.equals("boolean")) {
            values.put("true", NODES.booleanNode(true));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.put("a number", NODES.numberNode(12345));
        }
        switch (type) {
            case "string" -> {
                NUL_TEXTS.forEach(text -> values.put("NUL " + shown(text), NODES.textNode(text)));
                String format = schema.path("format").asText();
                List<String> wrong = switch (format) {
                    case "uuid" -> BAD_UUIDS;
                    case "date-time" -> BAD_INSTANTS;
                    case "date" -> BAD_DATES;
                    default -> isTime(schema) ? BAD_TIMES : schema.has("enum") ? List.of("NOT_ONE") : List.of();
                };
                wrong.forEach(text -> values.put("wrong " + shown(text), NODES.textNode(text)));
                if (format.equals("date-time")) {
                    FAR_INSTANTS.forEach(text -> values.put("odd " + text, NODES.textNode(text)));
                }
                if (format.isEmpty() && !isTime(schema) && !schema.has("enum")) {
                    ODD_TEXTS.forEach(text -> values.put("odd " + shown(text), NODES.textNode(text)));
                }
            }
            case "integer", "number" -> {
                values.put("a string", NODES.textNode("1"));
                values.put(type.equals("integer") ? "1.5" : "odd 1.5", NODES.numberNode(1.5));
                values.put("odd 0", NODES.numberNode(0));
                values.put("odd -1", NODES.numberNode(-1));
                values.put("odd 2^31", NODES.numberNode(2_147_483_648L));
                values.put(
                        type.equals("integer") ? "2^63" : "odd 2^63",
                        NODES.numberNode(new BigInteger("9223372036854775808")));
            }
            case "boolean" -> {
                values.put("a string", NODES.textNode("true"));
                values.put("1", NODES.numberNode(1));
            }
            case "array" -> {
                values.put("a string", NODES.textNode("x"));
                values.put("[null]", NODES.arrayNode().addNull());
                values.put("odd []", NODES.arrayNode());
                JsonNode item = sample(resolve(schema.get("items")), 0);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 1_000; i++) {
                    many.add(item);
                }
                values.put("odd 1,000 items", many);
            }
            case "object" -> {
                values.put("a string", NODES.textNode("x"));
                values.put("odd {}", NODES.objectNode());
            }
            default -> {}
        }
        values.put("odd null", NODES.nullNode());
        return values;
    }

    private void fieldsOf(JsonNode schema, String prefix, Map<String, JsonNode> fields, int depth) {
        if (depth > 4) {
            return;
        }
        JsonNode properties = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> each = properties.fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> property = each.next();
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode resolved = resolve(property.getValue());
            fields.put(path, resolved);
            if (typeOf(resolved).equals("object")) {
                fieldsOf(resolved, path, fields, depth + 1);
            } else if (typeOf(resolved).equals("array")) {
                JsonNode items = resolve(resolved.get("items"));
                fields.put(path + "[0]", items);
                if (typeOf(items).equals("object")) {
                    fieldsOf(items, path + "[0]", fields, depth + 1);
                }
            }
        }
    }

    private boolean requiredAt(JsonNode schema, String path) {
        JsonNode at = schema;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].replaceAll("\\[0]$", "");
            boolean required = false;
            for (JsonNode entry : at.path("required")) {
                required |= entry.asText().equals(name);
            }
            if (i == parts.length - 1) {
                return required;
            }
            at = resolve(at.path("properties").path(name));
            if (parts[i].endsWith("[0]")) {
                at = resolve(at.get("items"));
            }
        }
        return false;
    }

    /** Puts the known values in place, by field name, or by "operationId.field" where one operation needs its own. */
    private void useKnownValues(String operation, JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = known.getOrDefault(operation + "." + name, known.get(name));
                if (value != null) {
                    object.set(name, value.deepCopy());
                } else {
                    useKnownValues(operation, object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> useKnownValues(operation, item));
        }
    }

    /** A value that fits the schema, for a body that has no example. */
    private JsonNode sample(JsonNode schema, int depth) {
        switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    Iterator<Map.Entry<String, JsonNode>> each =
                            schema.path("properties").fields();
                    while (each.hasNext()) {
                        Map.Entry<String, JsonNode> property = each.next();
                        object.set(property.getKey(), sample(resolve(property.getValue()), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(sample(resolve(schema.get("items")), depth + 1));
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                return switch (schema.path("format").asText()) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date-time" -> NODES.textNode("2027-01-04T09:00:00Z");
                    case "date" -> NODES.textNode("2027-01-04");
                    default -> NODES.textNode(schema.has("pattern") ? "09:00" : "x");
                };
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        JsonNode at = schema;
        for (int i = 0; i < 10 && at.has("$ref"); i++) {
            String name = at.get("$ref").asText().replace("#/components/schemas/", "");
            at = contract.get("components").get("schemas").get(name);
        }
        if (at.has("allOf") && at.get("allOf").size() == 1) {
            return resolve(at.get("allOf").get(0));
        }
        return at;
    }

    /** A wall-clock time (the contract's LocalTime: a pattern of hours and minutes). */
    private static boolean isTime(JsonNode schema) {
        return schema.path("pattern").asText().startsWith("^[0-2][0-9]:");
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return "string";
    }

    /** Sets the value at a path such as {@code terms.productIds[0]}, making the objects and arrays on the way. */
    private static void set(ObjectNode body, String path, JsonNode value) {
        walk(body, path, (parent, last) -> {
            if (last.endsWith("[0]")) {
                String name = last.substring(0, last.length() - 3);
                ArrayNode array = parent.get(name) instanceof ArrayNode existing ? existing : parent.putArray(name);
                if (array.isEmpty()) {
                    array.add(value);
                } else {
                    array.set(0, value);
                }
            } else {
                parent.set(last, value);
            }
            return null;
        });
    }

    private static void remove(ObjectNode body, String path) {
        walk(body, path, (parent, last) -> parent.remove(last));
    }

    private interface AtParent {
        Object apply(ObjectNode parent, String last);
    }

    private static void walk(ObjectNode body, String path, AtParent action) {
        String[] parts = path.split("\\.");
        ObjectNode at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (part.endsWith("[0]")) {
                String name = part.substring(0, part.length() - 3);
                ArrayNode array = at.get(name) instanceof ArrayNode existing ? existing : at.putArray(name);
                if (array.isEmpty() || !(array.get(0) instanceof ObjectNode)) {
                    array.removeAll();
                    array.addObject();
                }
                at = (ObjectNode) array.get(0);
            } else {
                at = at.get(part) instanceof ObjectNode existing ? existing : at.putObject(part);
            }
        }
        action.apply(at, parts[parts.length - 1]);
    }

    private static String everyMemberTwice(ObjectNode body) {
        StringBuilder json = new StringBuilder("{");
        Function<Map.Entry<String, JsonNode>, String> member = entry -> {
            try {
                return JSON.writeValueAsString(entry.getKey()) + ":" + JSON.writeValueAsString(entry.getValue());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
        List<String> members = new ArrayList<>();
        body.fields().forEachRemaining(entry -> members.add(member.apply(entry)));
        json.append(String.join(",", members));
        if (!members.isEmpty()) {
            json.append(',').append(String.join(",", members));
        }
        return json.append('}').toString();
    }

    private static String shown(String value) {
        String shown = value.length() > 24 ? value.substring(0, 12) + "...(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints()
                .forEach(c -> out.append(
                        c < 0x20 || c == 0x7F ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
