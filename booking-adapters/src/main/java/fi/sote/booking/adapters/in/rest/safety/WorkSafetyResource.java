package fi.sote.booking.adapters.in.rest.safety;

import java.time.Instant;
import java.time.OffsetDateTime;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.AlertList;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.AlertView;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.CheckInRequest;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.ItemView;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.VisitView;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.WhereaboutsView;
import fi.sote.booking.adapters.in.rest.safety.SafetyDtos.WorkerView;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.safety.port.in.CheckInCommand;
import fi.sote.booking.application.safety.port.in.VisitUseCase;
import fi.sote.booking.application.safety.port.in.WhereaboutsQuery;
import fi.sote.booking.application.safety.port.in.WhereaboutsQuery.Item;
import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.safety.VisitId;

/**
 * Work safety: where the team's workers are, check-in and check-out at visits, and the alerts of
 * visits not checked out of in time.
 */
@Path("/api/v1")
@Tag(name = "Work safety")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class WorkSafetyResource {

    private final WhereaboutsQuery whereabouts;
    private final VisitUseCase visits;
    private final WorkSafetyAlerts alerts;
    private final ViewCatalogueQuery catalogue;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    WorkSafetyResource(
            WhereaboutsQuery whereabouts,
            VisitUseCase visits,
            WorkSafetyAlerts alerts,
            ViewCatalogueQuery catalogue,
            IdempotencyKeys idempotency,
            Caller caller) {
        this.whereabouts = whereabouts;
        this.visits = visits;
        this.alerts = alerts;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Path("teams/{team}/whereabouts")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "teamWhereabouts",
            summary = "Where the team's workers are",
            description = "For each worker of the team: what they do now and next (the entry type's neutral label or a "
                    + "booking's contact mode, the time, the service point or, for a visit at the client's, the postal code "
                    + "area) and the visit they are checked in at. Never the client. For the team's supervisor and members; "
                    + "others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The workers, by name.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WhereaboutsView.class)))
    public WhereaboutsView whereabouts(
            @Parameter(description = "The team's code.") @PathParam("team") String team,
            @Parameter(
                            description = "The moment, ISO-8601 with offset; default now.",
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("at")
                    String at) {
        Instant given = QueryParameters.instant("at", at);
        Instant moment = given == null ? Instant.now() : given;
        return new WhereaboutsView(
                team,
                moment,
                Outcomes.value(whereabouts.whereabouts(caller.actor(), team, moment)).stream()
                        .map(worker -> new WorkerView(
                                worker.resource().id().value(),
                                worker.resource().name(),
                                worker.resource().title(),
                                item(worker.current()),
                                item(worker.next()),
                                worker.visit() == null ? null : VisitView.of(worker.visit())))
                        .toList());
    }

    @POST
    @Path("visits")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Extension(name = ProblemCodes.EXTENSION, value = "already-checked-in")
    @Operation(
            operationId = "checkIn",
            summary = "Check in at a visit",
            description = "A worker checks in at a booking or calendar entry of their own calendar (a home visit, "
                    + "typically). Unless they check out by the planned (or expected) end plus the grace period "
                    + "(booking.work-safety.grace, default 15 minutes), an alert is raised for their supervisor.")
    @APIResponse(
            responseCode = "201",
            description = "Checked in.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class)))
    @APIResponse(
            responseCode = "404",
            description = "The booking or calendar entry is not found in the worker's calendar (not-found).")
    @APIResponse(responseCode = "409", description = "Already checked in at another visit (already-checked-in).")
    public Response checkIn(@Valid @NotNull CheckInRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST visits", body, () -> {
            VisitView visit = VisitView.of(Outcomes.value(visits.checkIn(
                    caller.actor(),
                    new CheckInCommand(
                            body.bookingId() == null ? null : new BookingId(body.bookingId()),
                            body.calendarEntryId() == null ? null : new CalendarEntryId(body.calendarEntryId()),
                            body.expectedEnd() == null
                                    ? null
                                    : body.expectedEnd().toInstant()))));
            return Response.created(UriBuilder.fromPath("/api/v1/visits/{id}").build(visit.id()))
                    .entity(visit)
                    .build();
        });
    }

    @POST
    @Path("visits/{id}/check-out")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Extension(name = ProblemCodes.EXTENSION, value = "already-closed")
    @Operation(
            operationId = "checkOut",
            summary = "Check out of a visit",
            description = "The worker is done and safe; an alert raised meanwhile is closed by this too.")
    @APIResponse(
            responseCode = "200",
            description = "Checked out.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "409", description = "Checked out already (already-closed).")
    public Response checkOut(
            @Parameter(description = "The visit.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST visits/" + id + "/check-out",
                id,
                () -> Response.ok(VisitView.of(Outcomes.value(visits.checkOut(caller.actor(), visitId(id)))))
                        .build());
    }

    @GET
    @Path("teams/{team}/alerts")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "listAlerts",
            summary = "The team's open work-safety alerts",
            description = "Visits not checked out of by their planned end plus the grace period. Due alerts are raised "
                    + "when this is asked, periodically and when the service starts, each once (a "
                    + "work-safety.alert-raised event in the outbox). For the team's supervisor; others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "By when raised.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AlertList.class)))
    public AlertList alerts(@Parameter(description = "The team's code.") @PathParam("team") String team) {
        var actor = caller.actor();
        return new AlertList(Outcomes.value(alerts.open(actor, team)).stream()
                .map(visit -> new AlertView(
                        visit.id().value(),
                        catalogue
                                .resource(actor.organisation(), visit.resource())
                                .map(Resource::name)
                                .orElse(null),
                        VisitView.of(visit)))
                .toList());
    }

    @POST
    @Path("alerts/{id}/closure")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "already-closed")
    @Operation(
            operationId = "closeAlert",
            summary = "Close a work-safety alert",
            description = "The worker or their supervisor closes the alert once the worker is known to be safe (a "
                    + "work-safety.alert-closed event in the outbox).")
    @APIResponse(
            responseCode = "200",
            description = "Closed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "409", description = "Closed already (already-closed).")
    public Response closeAlert(
            @Parameter(description = "The alert.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST alerts/" + id + "/closure",
                id,
                () -> Response.ok(VisitView.of(Outcomes.value(alerts.close(caller.actor(), visitId(id)))))
                        .build());
    }

    private static ItemView item(Item item) {
        if (item == null) {
            return null;
        }
        var point = item.servicePoint();
        return new ItemView(
                item.kind(),
                LocalizedTextDto.of(item.label()),
                item.category(),
                item.interval().start(),
                item.interval().end(),
                item.contactMode(),
                item.remote(),
                point == null ? null : point.id().value(),
                point == null ? null : LocalizedTextDto.of(point.name()),
                item.visitArea());
    }

    private static VisitId visitId(String id) {
        UUID value = QueryParameters.uuid("id", id);
        if (value == null) {
            throw new NotFoundException();
        }
        return new VisitId(value);
    }
}
