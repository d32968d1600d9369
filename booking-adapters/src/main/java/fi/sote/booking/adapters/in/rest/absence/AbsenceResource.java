package fi.sote.booking.adapters.in.rest.absence;

import java.util.List;
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

import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.AbsenceRequest;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.AbsenceView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.AffectedBookingView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.DecisionsRequest;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.HandledList;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.HandledView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.LaterTimeView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.NeedsAttentionList;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.NeedsAttentionView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.ReleasedWindowView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.ReplacementView;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.SuggestionList;
import fi.sote.booking.adapters.in.rest.absence.AbsenceDtos.SuggestionView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.absence.port.in.AbsenceImpact;
import fi.sote.booking.application.absence.port.in.HandleAbsenceCommand;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Decision;
import fi.sote.booking.application.absence.port.in.RecordAbsenceCommand;
import fi.sote.booking.application.absence.port.in.RecordAbsenceUseCase;
import fi.sote.booking.application.absence.port.in.ViewAbsenceQuery;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;

/**
 * Absences (poissaolo) and reorganising the work they fall on: record an absence, see what it affects
 * and who could take over, reassign or cancel, and the team's list of what still needs attention.
 */
@Path("/api/v1")
@Tag(name = "Absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AbsenceResource {

    private final RecordAbsenceUseCase record;
    private final ViewAbsenceQuery absences;
    private final HandleAbsenceUseCase handle;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    AbsenceResource(
            RecordAbsenceUseCase record,
            ViewAbsenceQuery absences,
            HandleAbsenceUseCase handle,
            IdempotencyKeys idempotency,
            Caller caller) {
        this.record = record;
        this.absences = absences;
        this.handle = handle;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("absences")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference not-your-calendar overlapping-entry retired")
    @Operation(
            operationId = "recordAbsence",
            summary = "Record an absence (poissaolo)",
            description =
                    "A professional records their own absence, a supervisor one of their team's. The absence blocks "
                            + "booking in the calendar (it may overlap other entries, which it makes someone reorganise), and the "
                            + "answer lists every booking and window of released time it falls on.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Overlaps another absence of the professional (overlapping-entry).")
    public Response recordAbsence(
            @Valid @NotNull AbsenceRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST absences", body, () -> {
            AbsenceView view = view(Outcomes.value(record.record(
                    caller.actor(),
                    new RecordAbsenceCommand(
                            new ResourceId(body.resourceId()),
                            body.entryType(),
                            new TimeInterval(
                                    body.start().toInstant(), body.end().toInstant())))));
            return Response.created(UriBuilder.fromPath("/api/v1/absences/{id}").build(view.id()))
                    .entity(view)
                    .build();
        });
    }

    @GET
    @Path("absences/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "getAbsence",
            summary = "An absence and what it still falls on",
            description = "For the absent professional and their supervisor; others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The absence.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AbsenceView.class)))
    public AbsenceView absence(
            @Parameter(description = "The absence.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        return view(Outcomes.value(absences.absence(caller.actor(), absenceId(id))));
    }

    @GET
    @Path("absences/{id}/replacement-suggestions")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "suggestReplacements",
            summary = "Who could take over the absent professional's bookings",
            description =
                    "For each affected booking, ranked: professionals of the teams the supervisor keeps who work in the "
                            + "booking's social service, speak the client's language and are free at its time, first those who "
                            + "released time for it with its contact mode, then those for whom it is working time (their service "
                            + "point is open), those at the booking's service point first; then up to three free times of the same "
                            + "professional within 60 days after the absence.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions, by the bookings' start.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuggestionList.class)))
    public SuggestionList suggestions(
            @Parameter(description = "The absence.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        return new SuggestionList(Outcomes.value(absences.suggestions(caller.actor(), absenceId(id))).stream()
                .map(suggestion -> new SuggestionView(
                        AffectedBookingView.of(suggestion.time()),
                        suggestion.replacements().stream()
                                .map(replacement -> new ReplacementView(
                                        replacement.resource().id().value(),
                                                replacement.resource().name(),
                                        replacement.resource().title(), replacement.basis()))
                                .toList(),
                        suggestion.afterReturn().stream()
                                .map(found -> new LaterTimeView(
                                        found.slot().resource().value(),
                                        found.slot().interval().start(),
                                        found.slot().interval().end(),
                                        found.slot().servicePoint() == null
                                                ? null
                                                : found.slot().servicePoint().value()))
                                .toList()))
                .toList());
    }

    @POST
    @Path("absences/{id}/decisions")
    @RolesAllowed(Roles.SUPERVISOR)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "not-affected partly-unavailable stale-version change-deadline-passed invalid-transition unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked room-unavailable")
    @Operation(
            operationId = "handleAbsence",
            summary = "Reassign or cancel affected bookings",
            description =
                    "One booking or many: each is reassigned (it becomes MOVED and links to the booking that replaces "
                            + "it, with the other professional or at the new time) or cancelled, with reason PROFESSIONAL_ABSENCE. "
                            + "A decision on a booking of a group time is carried out for all its participants (bookingIds), "
                            + "so a group is never split; a second decision on the same group time is refused (not-affected). "
                            + "All decisions or none. Every client gets a notification (a client.notification event in the outbox, "
                            + "stored with the change) saying what changed.")
    @APIResponse(
            responseCode = "200",
            description = "What became of each booking, in the order asked.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HandledList.class)))
    @APIResponse(
            responseCode = "409",
            description = "A decision cannot be carried out (not-affected, slot-taken, ...); "
                    + "with several, partly-unavailable lists each in errors. Nothing was changed.")
    @APIResponse(
            responseCode = "412",
            description = "The one decision names a version of its booking that is no longer the current one "
                    + "(stale-version). Nothing was changed.")
    public Response decide(
            @Parameter(description = "The absence.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @Valid @NotNull DecisionsRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST absences/" + id + "/decisions", body, () -> {
            List<Decision> decisions = InputFields.each(
                    "decisions",
                    body.decisions(),
                    decision -> new Decision(
                            new BookingId(decision.bookingId()),
                            decision.action(),
                            decision.resourceId() == null ? null : new ResourceId(decision.resourceId()),
                            decision.start() == null ? null : decision.start().toInstant(),
                            decision.version()));
            return Response.ok(new HandledList(
                            Outcomes.value(handle.handle(
                                            caller.actor(), new HandleAbsenceCommand(absenceId(id), decisions)))
                                    .stream()
                                    .map(handled -> new HandledView(
                                            handled.before().id().value(),
                                            handled.decision().action(),
                                            AffectedBookingView.of(handled.now())))
                                    .toList()))
                    .build();
        });
    }

    @GET
    @Path("teams/{team}/needs-attention")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "listNeedsAttention",
            summary = "The team's bookings that absences fall on, not yet handled",
            description =
                    "Until a booking is reassigned or cancelled it stays here, so nothing is silently dropped. For the "
                            + "team's supervisor; others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "By start; empty when all is handled.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NeedsAttentionList.class)))
    public NeedsAttentionList needsAttention(
            @Parameter(description = "The team's code.") @PathParam("team") String team) {
        return new NeedsAttentionList(Outcomes.value(absences.needsAttention(caller.actor(), team)).stream()
                .map(item -> new NeedsAttentionView(
                        item.absence().id().value(),
                        item.absence().resource().value(),
                        AffectedBookingView.of(item.time())))
                .toList());
    }

    private static AbsenceView view(AbsenceImpact impact) {
        var absence = impact.absence();
        return new AbsenceView(
                absence.id().value(),
                absence.resource().value(),
                absence.entryType(),
                absence.interval().start(),
                absence.interval().end(),
                absence.recordedBy(),
                absence.recordedAt(),
                impact.times().stream().map(AffectedBookingView::of).toList(),
                impact.releasedTime().stream()
                        .map(window -> new ReleasedWindowView(
                                window.release().value(),
                                window.interval().start(),
                                window.interval().end()))
                        .toList());
    }

    private static CalendarEntryId absenceId(String id) {
        UUID value = QueryParameters.uuid("id", id);
        if (value == null) {
            throw new NotFoundException();
        }
        return new CalendarEntryId(value);
    }
}
