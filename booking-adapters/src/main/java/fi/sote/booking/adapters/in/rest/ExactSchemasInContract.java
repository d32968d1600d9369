package fi.sote.booking.adapters.in.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the schemas say exactly what the JSON carries, so that a generated client types it exactly.
 *
 * <ul>
 *   <li>A property of a schema that only answers carry is required, unless its Java component is marked
 *       {@code @Schema(nullable = true)}: the service leaves out a property that has no value (it never writes
 *       {@code null}), so such a property is optional rather than nullable. Schemas that requests carry too are
 *       required as the request's validation says.
 *   <li>A property that refers to another schema says only that and its description; the framework would repeat
 *       the type's own defaults beside the reference (an example from 2022, a format no validator knows).
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExactSchemasInContract implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        if (operation.getRequestBody() != null) {
                            reach(operation.getRequestBody().getContent(), schemas, inRequests);
                        }
                        if (operation.getResponses() != null
                                && operation.getResponses().getAPIResponses() != null) {
                            operation
                                    .getResponses()
                                    .getAPIResponses()
                                    .values()
                                    .forEach(response -> reach(response.getContent(), schemas, inAnswers));
                        }
                    }));
        }
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            boolean answersOnly = inAnswers.contains(name) && !inRequests.contains(name);
            Map<String, Schema> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((property, value) -> {
                boolean optional = mayBeNull(value);
                properties.put(property, exact(value));
                if ((answersOnly && !optional)
                        || (schema.getRequired() != null && schema.getRequired().contains(property))) {
                    required.add(property);
                }
            });
            schema.setProperties(properties);
            schema.setRequired(required.isEmpty() ? null : required);
        });
    }

    /** The property as the JSON carries it: never null, a reference with its description only. */
    private static Schema exact(Schema property) {
        Schema referred = referenceIn(property);
        if (referred != null) {
            return OASFactory.createSchema()
                    .ref(referred.getRef())
                    .description(property.getDescription())
                    .deprecated(property.getDeprecated())
                    .readOnly(property.getReadOnly())
                    .writeOnly(property.getWriteOnly());
        }
        if (property.getType() != null && property.getType().size() > 1) {
            property.removeType(Schema.SchemaType.NULL);
        }
        if (property.getItems() != null) {
            property.setItems(exact(property.getItems()));
        }
        return property;
    }

    /** The reference a property makes: its own, or the one beside null in {@code anyOf} (a nullable reference). */
    private static Schema referenceIn(Schema property) {
        if (property.getRef() != null) {
            return property;
        }
        if (property.getAnyOf() != null) {
            List<Schema> references = property.getAnyOf().stream()
                    .filter(option -> option.getRef() != null)
                    .toList();
            boolean otherwiseNull = property.getAnyOf().stream()
                    .allMatch(option -> option.getRef() != null
                            || (option.getType() != null && option.getType().equals(List.of(Schema.SchemaType.NULL))));
            return references.size() == 1 && otherwiseNull ? references.get(0) : null;
        }
        return null;
    }

    private static boolean mayBeNull(Schema property) {
        return (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL))
                || (property.getAnyOf() != null
                        && property.getAnyOf().stream()
                                .anyMatch(option -> option.getType() != null
                                        && option.getType().contains(Schema.SchemaType.NULL)));
    }

    /** Adds the names of the schemas the content refers to, directly or through others. */
    private static void reach(Content content, Map<String, Schema> schemas, Set<String> reached) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> reach(media.getSchema(), schemas, reached));
        }
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
            String name = schema.getRef().substring(COMPONENTS.length());
            if (reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        List<Schema> parts = new ArrayList<>();
        parts.add(schema.getItems());
        parts.add(schema.getAdditionalPropertiesSchema());
        addAll(parts, schema.getAllOf());
        addAll(parts, schema.getAnyOf());
        addAll(parts, schema.getOneOf());
        if (schema.getProperties() != null) {
            parts.addAll(schema.getProperties().values());
        }
        parts.stream().filter(Objects::nonNull).forEach(part -> reach(part, schemas, reached));
    }

    private static void addAll(List<Schema> parts, Collection<Schema> more) {
        if (more != null) {
            parts.addAll(more);
        }
    }
}
