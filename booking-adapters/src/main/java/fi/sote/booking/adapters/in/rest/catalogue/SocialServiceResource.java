package fi.sote.booking.adapters.in.rest.catalogue;

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
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.SocialServiceList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.SocialServiceRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.SocialServiceView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;

@Path("/api/v1/social-services")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class SocialServiceResource {

    private final RegisterSocialServiceUseCase register;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    SocialServiceResource(
            RegisterSocialServiceUseCase register,
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
    @Extension(name = ProblemCodes.EXTENSION, value = "duplicate-code unknown-reference retired")
    @Operation(
            operationId = "registerSocialService",
            summary = "Register a social service (sosiaalipalvelu)",
            description =
                    "Adds a social service to the caller's organisation. The service task must exist. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SocialServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The code is already used in the organisation (code duplicate-code), or the item names one that is retired (retired).")
    public Response register(
            @Valid @NotNull SocialServiceRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST social-services", body, () -> {
            RegisterSocialServiceCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, SocialServiceView::id, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listSocialServices",
            summary = "List the social services (sosiaalipalvelut)",
            description = "The social services of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SocialServiceList.class)))
    public SocialServiceList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new SocialServiceList(mapper.socialServiceViews(
                Versioned.listed(catalogue.socialServices(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getSocialService",
            summary = "Get one social service (sosiaalipalvelu)",
            description = "One item of the caller's organisation; another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SocialServiceView.class)))
    public Response get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .socialService(caller.organisation(), new SocialServiceId(id))
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No social service " + id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference retired duplicate-code")
    @Operation(
            operationId = "changeSocialService",
            summary = "Change a social service",
            description = "Replaces the social service's fields with those sent, as a registration describes them "
                    + "(its code stays: 400 otherwise). With If-Match, only the version read is changed (412 "
                    + "stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listCatalogueChanges); sending what is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The social service as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SocialServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "It is retired, or names what is retired (retired); the code is taken (duplicate-code).")
    public Response change(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id,
            @Valid @NotNull SocialServiceRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.changeSocialService(
                caller.actor(), new SocialServiceId(id), IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired in-use")
    @Operation(
            operationId = "retireSocialService",
            summary = "Retire a social service",
            description = "Retires the social service rather than deleting it: no product or professional is added "
                    + "to it any more, while the products, bookings and statistics made with it keep it. Refused (409 "
                    + "in-use) while a bookable product of it is in use: retire those first. It is still read by its "
                    + "id, and listed with includeRetired. Recorded like a change; retiring a retired one without "
                    + "If-Match answers it as it is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The social service as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SocialServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "What depends on it is in use (in-use), or If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.retireSocialService(caller.actor(), new SocialServiceId(id), IfMatch.version(ifMatch))));
    }

    private Response versioned(SocialService item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterSocialServiceCommand command(SocialServiceRequest body) {
        return new RegisterSocialServiceCommand(
                caller.organisation(),
                body.code(),
                body.thlCode(),
                new ServiceTaskId(body.serviceTaskId()),
                InputFields.nested("name", () -> body.name().toDomain()));
    }
}
