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
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CalendarEntryTypeList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CalendarEntryTypeRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CalendarEntryTypeView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.CalendarEntryType;

@Path("/api/v1/calendar-entry-types")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class CalendarEntryTypeResource {

    private final RegisterCalendarEntryTypeUseCase register;
    private final MaintainCatalogueUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    CalendarEntryTypeResource(
            RegisterCalendarEntryTypeUseCase register,
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
            operationId = "registerCalendarEntryType",
            summary = "Register a calendar entry type (toiminto)",
            description = "Adds a calendar entry type to the caller's organisation. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryTypeView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code is already used in the organisation (code duplicate-code).")
    public Response register(
            @Valid @NotNull CalendarEntryTypeRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST calendar-entry-types", body, () -> {
            RegisterCalendarEntryTypeCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, CalendarEntryTypeView::code, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listCalendarEntryTypes",
            summary = "List the calendar entry types (toiminnot)",
            description = "The calendar entry types of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryTypeList.class)))
    public CalendarEntryTypeList list(
            @Parameter(description = "Also the retired ones (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new CalendarEntryTypeList(
                mapper.entryTypeViews(Versioned.listed(catalogue.entryTypes(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{code}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getCalendarEntryType",
            summary = "Get one calendar entry type",
            description = "One item of the caller's organisation, retired or not, with its version as the ETag; "
                    + "another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryTypeView.class)))
    public Response get(@Parameter(description = "The code.") @PathParam("code") String code) {
        return catalogue.entryTypes(caller.organisation()).stream()
                .filter(type -> type.code().equalsIgnoreCase(code))
                .findFirst()
                .map(item -> Versioned.ok(item, mapper.toView(item)))
                .orElseThrow(() -> new NotFoundException("No calendar entry type " + code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired")
    @Operation(
            operationId = "changeCalendarEntryType",
            summary = "Change a calendar entry type",
            description = "Replaces the calendar entry type's fields with those sent, as a registration describes "
                    + "them (its code stays: 400 otherwise). With If-Match, only the version read is changed (412 "
                    + "stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listCatalogueChanges); sending what is there changes nothing. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar entry type as changed, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryTypeView.class)))
    @APIResponse(responseCode = "409", description = "It is retired (retired).")
    public Response change(
            @Parameter(description = "The code.") @PathParam("code") String code,
            @Valid @NotNull CalendarEntryTypeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(
                maintain.changeEntryType(caller.actor(), code, IfMatch.version(ifMatch), command(body))));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "retired")
    @Operation(
            operationId = "retireCalendarEntryType",
            summary = "Retire a calendar entry type",
            description = "Retires the entry type rather than deleting it: no entry or absence of it is made any "
                    + "more, while the entries already made keep it. It is still read by its code, and listed with "
                    + "includeRetired. Recorded like a change; retiring a retired one without If-Match answers it as it "
                    + "is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar entry type as retired, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryTypeView.class)))
    @APIResponse(responseCode = "409", description = "If-Match was sent for one already retired (retired).")
    public Response retire(
            @Parameter(description = "The code.") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.retireEntryType(caller.actor(), code, IfMatch.version(ifMatch))));
    }

    private Response versioned(CalendarEntryType item) {
        return Versioned.ok(item, mapper.toView(item));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterCalendarEntryTypeCommand command(CalendarEntryTypeRequest body) {
        return new RegisterCalendarEntryTypeCommand(
                caller.organisation(),
                body.code(),
                body.category(),
                body.blocksBooking(),
                InputFields.nested("name", () -> body.name().toDomain()),
                InputFields.nested("neutralLabel", () -> body.neutralLabel().toDomain()));
    }
}
