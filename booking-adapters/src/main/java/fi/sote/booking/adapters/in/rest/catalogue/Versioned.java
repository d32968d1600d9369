package fi.sote.booking.adapters.in.rest.catalogue;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import fi.sote.booking.domain.catalogue.Kept;

/** A catalogue item's answer: its view, with its version as the ETag that a change or retirement sends as If-Match. */
final class Versioned {

    private Versioned() {}

    static Response ok(Kept<?> item, Object view) {
        return Response.ok(view)
                .tag(new EntityTag(Long.toString(item.version())))
                .build();
    }
}
