package fi.sote.booking.domain.catalogue;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.domain.shared.Invariants;

/**
 * One change of a catalogue entity, as kept for whoever must later know who changed what and when: the version it
 * made, whether it changed or retired the entity, who did it, when, and which fields changed (as the requests name
 * them).
 *
 * @param entity the kind of entity, as its path names it ("bookable-products")
 * @param key the entity's key in its path: its id, or its code where it has no id
 */
public record CatalogueChange(
        String entity, String key, long version, Kind kind, String by, Instant at, List<String> fields) {

    public static final String SERVICE_TASKS = "service-tasks";
    public static final String SOCIAL_SERVICES = "social-services";
    public static final String SERVICE_POINTS = "service-points";
    public static final String RESOURCES = "resources";
    public static final String CONTACT_MODES = "contact-modes";
    public static final String CALENDAR_ENTRY_TYPES = "calendar-entry-types";
    public static final String BOOKABLE_PRODUCTS = "bookable-products";

    /** Every kind of catalogue item whose changes are recorded, as the API's paths name them. */
    public static final List<String> ENTITIES = List.of(
            SERVICE_TASKS,
            SOCIAL_SERVICES,
            SERVICE_POINTS,
            RESOURCES,
            CONTACT_MODES,
            CALENDAR_ENTRY_TYPES,
            BOOKABLE_PRODUCTS);

    public enum Kind {
        CHANGED,
        RETIRED
    }

    public CatalogueChange {
        Invariants.required("entity", entity);
        Invariants.required("key", key);
        Invariants.required("kind", kind);
        Invariants.required("by", by);
        Invariants.required("at", at);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
