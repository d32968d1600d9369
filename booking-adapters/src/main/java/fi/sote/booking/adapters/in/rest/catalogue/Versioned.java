package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import fi.sote.booking.domain.catalogue.Kept;

/**
 * A catalogue item's answer: its view, with its version as the ETag that a change or retirement sends as If-Match; and
 * the items a list answers.
 */
final class Versioned {

    private Versioned() {}

    /** The items in use, or every item when the retired ones are asked for too. */
    static <T extends Kept<T>> List<T> listed(List<T> items, boolean includeRetired) {
        return includeRetired
                ? items
                : items.stream().filter(item -> !item.retired()).toList();
    }

    static Response ok(Kept<?> item, Object view) {
        return Response.ok(view)
                .tag(new EntityTag(Long.toString(item.version())))
                .build();
    }
}
