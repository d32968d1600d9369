package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ResourceList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ResourceRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ResourceView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;

@Path("/api/v1/resources")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ResourceCatalogueResource {

    private final RegisterResourceUseCase register;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    ResourceCatalogueResource(
            RegisterResourceUseCase register,
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
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference duplicate-code retired")
    @Operation(
            operationId = "registerResource",
            summary = "Register a resource (resurssi)",
            description =
                    "Adds a resource to the caller's organisation. The social services and service points must exist. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another resource of the organisation already has the subject: one calendar per person "
                    + "(code duplicate-code, field subject), or it is placed in a retired social service or service "
                    + "point (retired).")
    public Response register(
            @Valid @NotNull ResourceRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST resources", body, () -> {
            RegisterResourceCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, ResourceView::id, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listResources",
            summary = "List the resources (resurssit)",
            description = "The resources of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResourceList.class)))
    public ResourceList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new ResourceList(
                mapper.resourceViews(Versioned.listed(catalogue.resources(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getResource",
            summary = "Get one resource (resurssi)",
            description = "One item of the caller's organisation; another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResourceView.class)))
    public Response get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .resource(caller.organisation(), new ResourceId(id))
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No resource " + id));
    }

    private static <T> Set<T> ids(List<UUID> ids, Function<UUID, T> id) {
        return ids == null ? Set.of() : ids.stream().map(id).collect(Collectors.toSet());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference retired duplicate-code")
    @Operation(
            operationId = "changeResource",
            summary = "Change a resource",
            description = "Replaces the resource's fields with those sent, as a registration describes them (its "
                    + "kind stays: 400 otherwise). With If-Match, only the version read is changed (412 stale-version "
                    + "otherwise). The change is recorded (who, when, which fields; listCatalogueChanges); sending what "
                    + "is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The resource as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "It is retired, or names what is retired (retired); another resource has the subject (duplicate-code).")
    public Response change(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id,
            @Valid @NotNull ResourceRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.changeResource(caller.actor(), new ResourceId(id), IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired in-use")
    @Operation(
            operationId = "retireResource",
            summary = "Retire a resource",
            description = "Retires the professional or room rather than deleting it (someone leaves, a room is "
                    + "given up): its time is no longer offered nor booked and no time is released for it, while its "
                    + "past bookings and calendar keep it. Refused (409 in-use) while bookings to come are in its "
                    + "calendar: reorganise them first (an absence offers them to colleagues). It is still read by its "
                    + "id, and listed with includeRetired. Recorded like a change; retiring a retired one without "
                    + "If-Match answers it as it is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The resource as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "What depends on it is in use (in-use), or If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(
                Outcomes.value(maintain.retireResource(caller.actor(), new ResourceId(id), IfMatch.version(ifMatch))));
    }

    private Response versioned(Resource item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterResourceCommand command(ResourceRequest body) {
        return new RegisterResourceCommand(
                caller.organisation(),
                body.kind(),
                body.name(),
                body.title(),
                body.subject(),
                ids(body.socialServiceIds(), SocialServiceId::new),
                body.languages() == null ? Set.of() : Set.copyOf(body.languages()),
                ids(body.servicePointIds(), ServicePointId::new),
                body.team(),
                body.supervisorSubject());
    }
}
