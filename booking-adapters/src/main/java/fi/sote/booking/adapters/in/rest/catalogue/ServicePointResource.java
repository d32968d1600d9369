package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.List;
import java.util.UUID;

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
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ServicePointList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ServicePointRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ServicePointView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterServicePointCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServicePointUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.OpeningHours;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;

@Path("/api/v1/service-points")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ServicePointResource {

    private final RegisterServicePointUseCase register;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    ServicePointResource(
            RegisterServicePointUseCase register,
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
            operationId = "registerServicePoint",
            summary = "Register a service point (palvelupiste)",
            description = "Adds a service point to the caller's organisation. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServicePointView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code is already used in the organisation (code duplicate-code).")
    public Response register(
            @Valid @NotNull ServicePointRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST service-points", body, () -> {
            RegisterServicePointCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, ServicePointView::id, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listServicePoints",
            summary = "List the service points (palvelupisteet)",
            description = "The service points of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServicePointList.class)))
    public ServicePointList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new ServicePointList(mapper.servicePointViews(
                Versioned.listed(catalogue.servicePoints(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getServicePoint",
            summary = "Get one service point (palvelupiste)",
            description = "One item of the caller's organisation; another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServicePointView.class)))
    public Response get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .servicePoint(caller.organisation(), new ServicePointId(id))
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No service point " + id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired")
    @Operation(
            operationId = "changeServicePoint",
            summary = "Change a service point",
            description = "Replaces the service point's fields with those sent, as a registration describes them "
                    + "(its code stays: 400 otherwise). With If-Match, only the version read is changed (412 "
                    + "stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listCatalogueChanges); sending what is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The service point as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServicePointView.class)))
    @APIResponse(responseCode = "409", description = "It is retired (retired).")
    public Response change(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id,
            @Valid @NotNull ServicePointRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.changeServicePoint(
                caller.actor(), new ServicePointId(id), IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired in-use")
    @Operation(
            operationId = "retireServicePoint",
            summary = "Retire a service point",
            description = "Retires the service point rather than deleting it: no time is released there and no "
                    + "resource is placed there any more, while the bookings made there keep it. Refused (409 in-use) "
                    + "while a resource in use works there: move or retire those first. It is still read by its id, and "
                    + "listed with includeRetired. Recorded like a change; retiring a retired one without If-Match "
                    + "answers it as it is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The service point as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServicePointView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "What depends on it is in use (in-use), or If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.retireServicePoint(caller.actor(), new ServicePointId(id), IfMatch.version(ifMatch))));
    }

    private Response versioned(ServicePoint item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterServicePointCommand command(ServicePointRequest body) {
        return new RegisterServicePointCommand(
                caller.organisation(),
                body.code(),
                InputFields.nested("name", () -> body.name().toDomain()),
                InputFields.nested(
                        "address",
                        () -> new Address(
                                body.address().street(),
                                body.address().postalCode(),
                                body.address().postOffice())),
                body.openingHours() == null
                        ? List.of()
                        : InputFields.each(
                                "openingHours",
                                body.openingHours(),
                                hours -> new OpeningHours(hours.day(), hours.opens(), hours.closes())));
    }
}
