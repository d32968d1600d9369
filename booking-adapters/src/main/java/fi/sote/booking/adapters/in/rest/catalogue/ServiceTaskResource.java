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
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;

@Path("/api/v1/service-tasks")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ServiceTaskResource {

    private final RegisterServiceTaskUseCase registerServiceTask;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    ServiceTaskResource(
            RegisterServiceTaskUseCase registerServiceTask,
            MaintainCatalogueUseCase maintain,
            ViewCatalogueQuery catalogue,
            CatalogueRestMapper mapper,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.registerServiceTask = registerServiceTask;
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
            operationId = "registerServiceTask",
            summary = "Register a service task (palvelutehtävä)",
            description = "Adds a service task to the caller's organisation. The code is stored upper-case and must be "
                    + "unique in the organisation. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to the new service task.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceTaskView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code is already used in the organisation (code duplicate-code).")
    public Response register(
            @Valid @NotNull ServiceTaskRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST service-tasks", body, () -> {
            RegisterServiceTaskCommand command = command(body);
            return Outcomes.created(registerServiceTask.register(command), mapper::toView, ServiceTaskView::id, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listServiceTasks",
            summary = "List the service tasks (palvelutehtävät)",
            description = "The service tasks of the caller's organisation, ordered by code. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The service tasks; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceTaskList.class)))
    public ServiceTaskList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new ServiceTaskList(mapper.serviceTaskViews(
                Versioned.listed(catalogue.serviceTasks(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getServiceTask",
            summary = "Get one service task (palvelutehtävä)",
            description =
                    "A service task of the caller's organisation; another organisation's service task is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The service task.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceTaskView.class)))
    public Response get(@Parameter(description = "Identifier of the service task.") @PathParam("id") UUID id) {
        return catalogue
                .serviceTask(caller.organisation(), new ServiceTaskId(id))
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No service task " + id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired")
    @Operation(
            operationId = "changeServiceTask",
            summary = "Change a service task",
            description = "Replaces the service task's fields with those sent, as a registration describes them "
                    + "(its code stays: 400 otherwise). With If-Match, only the version read is changed (412 "
                    + "stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listCatalogueChanges); sending what is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The service task as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceTaskView.class)))
    @APIResponse(responseCode = "409", description = "It is retired (retired).")
    public Response change(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id,
            @Valid @NotNull ServiceTaskRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.changeServiceTask(
                caller.actor(), new ServiceTaskId(id), IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired in-use")
    @Operation(
            operationId = "retireServiceTask",
            summary = "Retire a service task",
            description = "Retires the service task rather than deleting it: no social service is added to it any "
                    + "more, while its social services and their statistics keep it. Refused (409 in-use) while a "
                    + "social service of it is in use: retire those first. It is still read by its id, and listed with "
                    + "includeRetired. Recorded like a change; retiring a retired one without If-Match answers it as it "
                    + "is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The service task as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceTaskView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "What depends on it is in use (in-use), or If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.retireServiceTask(caller.actor(), new ServiceTaskId(id), IfMatch.version(ifMatch))));
    }

    private Response versioned(ServiceTask item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterServiceTaskCommand command(ServiceTaskRequest body) {
        return new RegisterServiceTaskCommand(
                caller.organisation(),
                body.code(),
                InputFields.nested("name", () -> body.name().toDomain()));
    }
}
