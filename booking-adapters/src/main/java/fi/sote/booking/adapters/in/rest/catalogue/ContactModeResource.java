package fi.sote.booking.adapters.in.rest.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ContactModeList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ContactModeRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ContactModeView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.ContactMode;

@Path("/api/v1/contact-modes")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ContactModeResource {

    private final RegisterContactModeUseCase register;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    ContactModeResource(
            RegisterContactModeUseCase register,
            MaintainCatalogueUseCase maintain,
            ViewCatalogueQuery catalogue,
            CatalogueRestMapper mapper,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.register = register;
        this.maintain = maintain;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "duplicate-code")
    @Operation(
            operationId = "registerContactMode",
            summary = "Register a contact mode (asiointitapa)",
            description = "Adds a contact mode to the caller's organisation. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactModeView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code is already used in the organisation (code duplicate-code).")
    public Response register(
            @Valid @NotNull ContactModeRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST contact-modes", body, () -> {
            RegisterContactModeCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, ContactModeView::code, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listContactModes",
            summary = "List the contact modes (asiointitavat)",
            description = "The contact modes of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactModeList.class)))
    public ContactModeList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new ContactModeList(mapper.contactModeViews(
                Versioned.listed(catalogue.contactModes(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{code}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getContactMode",
            summary = "Get one contact mode",
            description = "One item of the caller's organisation, retired or not, with its version as the ETag; "
                    + "another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactModeView.class)))
    public Response get(@Parameter(description = "The code.") @PathParam("code") String code) {
        return catalogue.contactModes(caller.organisation()).stream()
                .filter(mode -> mode.code().equalsIgnoreCase(code))
                .findFirst()
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No contact mode " + code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired")
    @Operation(
            operationId = "changeContactMode",
            summary = "Change a contact mode",
            description = "Replaces the contact mode's fields with those sent, as a registration describes them "
                    + "(its code stays: 400 otherwise). With If-Match, only the version read is changed (412 "
                    + "stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listCatalogueChanges); sending what is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The contact mode as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactModeView.class)))
    @APIResponse(responseCode = "409", description = "It is retired (retired).")
    public Response change(
            @Parameter(description = "The code.") @PathParam("code") String code,
            @Valid @NotNull ContactModeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.changeContactMode(caller.actor(), code, IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired in-use")
    @Operation(
            operationId = "retireContactMode",
            summary = "Retire a contact mode",
            description = "Retires the contact mode rather than deleting it: no product offers it any more, while "
                    + "the bookings made in it keep it. Refused (409 in-use) while a bookable product in use offers it: "
                    + "change or retire those first. It is still read by its code, and listed with includeRetired. "
                    + "Recorded like a change; retiring a retired one without If-Match answers it as it is. "
                    + "Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The contact mode as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactModeView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "What depends on it is in use (in-use), or If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "The code.") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.retireContactMode(caller.actor(), code, IfMatch.version(ifMatch))));
    }

    private Response versioned(ContactMode item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterContactModeCommand command(ContactModeRequest body) {
        return new RegisterContactModeCommand(
                caller.organisation(),
                body.code(),
                body.thlCode(),
                InputFields.nested("name", () -> body.name().toDomain()),
                body.remote());
    }
}
