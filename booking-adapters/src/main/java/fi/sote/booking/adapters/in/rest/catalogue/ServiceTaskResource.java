package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.ServiceTaskId;

@Path("/api/v1/service-tasks")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ServiceTaskResource {

    private final RegisterServiceTaskUseCase registerServiceTask;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    ServiceTaskResource(
            RegisterServiceTaskUseCase registerServiceTask,
            ViewCatalogueQuery catalogue,
            CatalogueRestMapper mapper,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.registerServiceTask = registerServiceTask;
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
            RegisterServiceTaskCommand command = new RegisterServiceTaskCommand(
                    caller.organisation(),
                    body.code(),
                    InputFields.nested("name", () -> body.name().toDomain()));
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
    public ServiceTaskList list() {
        return new ServiceTaskList(mapper.serviceTaskViews(catalogue.serviceTasks(caller.organisation())));
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
    public ServiceTaskView get(@Parameter(description = "Identifier of the service task.") @PathParam("id") UUID id) {
        return catalogue
                .serviceTask(caller.organisation(), new ServiceTaskId(id))
                .map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No service task " + id));
    }
}
