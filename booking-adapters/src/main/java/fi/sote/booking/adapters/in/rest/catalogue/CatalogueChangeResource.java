package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CatalogueChangeList;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.shared.InvalidValueException;

/** The record of the catalogue's changes, for whoever must later know who changed what and when. */
@Path("/api/v1/catalogue-changes")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
@Transactional
public class CatalogueChangeResource {

    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;

    CatalogueChangeResource(ViewCatalogueQuery catalogue, CatalogueRestMapper mapper, Caller caller) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listCatalogueChanges",
            summary = "List the changes of the catalogue",
            description = "Every change and retirement of the organisation's catalogue items of one kind, or of one "
                    + "item, oldest first: the item, the version each made, who made it, when, and which fields "
                    + "changed. Administrators and auditors.")
    @APIResponse(
            responseCode = "200",
            description = "The changes; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CatalogueChangeList.class)))
    public CatalogueChangeList list(
            @Parameter(
                            description = "The kind of item, as its path names it.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                CatalogueChange.SERVICE_TASKS,
                                                CatalogueChange.SOCIAL_SERVICES,
                                                CatalogueChange.SERVICE_POINTS,
                                                CatalogueChange.RESOURCES,
                                                CatalogueChange.CONTACT_MODES,
                                                CatalogueChange.CALENDAR_ENTRY_TYPES,
                                                CatalogueChange.BOOKABLE_PRODUCTS
                                            }))
                    @QueryParam("entity")
                    String entity,
            @Parameter(description = "One item: its id, or a contact mode's or entry type's code.") @QueryParam("key")
                    String key) {
        if (entity == null || !CatalogueChange.ENTITIES.contains(entity)) {
            throw new InvalidValueException("entity", "must be one of " + String.join(", ", CatalogueChange.ENTITIES));
        }
        String item = key == null || key.isBlank() ? null : key.strip();
        if (item != null
                && (entity.equals(CatalogueChange.CONTACT_MODES)
                        || entity.equals(CatalogueChange.CALENDAR_ENTRY_TYPES))) {
            item = item.toUpperCase(Locale.ROOT);
        }
        return new CatalogueChangeList(mapper.changeViews(catalogue.changes(caller.organisation(), entity, item)));
    }
}
