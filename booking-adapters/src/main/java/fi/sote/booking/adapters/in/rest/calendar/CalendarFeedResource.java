package fi.sote.booking.adapters.in.rest.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.KeepCalendarFeedsUseCase;
import fi.sote.booking.application.calendar.port.in.KeepCalendarFeedsUseCase.CreatedFeed;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;

/**
 * The calendar feeds of a calendar: made, listed and revoked by whoever keeps the calendar. The address of a feed
 * ({@link CalendarFeedDocument}) holds its secret token and is shown once, in the answer that makes it.
 */
@Path("/api/v1")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class CalendarFeedResource {

    private final KeepCalendarFeedsUseCase feeds;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    CalendarFeedResource(KeepCalendarFeedsUseCase feeds, Caller caller, IdempotencyKeys idempotency) {
        this.feeds = feeds;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @Schema(name = "CalendarFeedRequest", description = "A new calendar feed of a resource's busy times.")
    public record CalendarFeedRequest(
            @Schema(
                    description = "Where the feed is used, for telling feeds apart; at most 100 characters.",
                    examples = "Outlook at work")
            @NotBlank
            String label) {}

    @Schema(
            name = "CalendarFeed",
            description = "A calendar feed: an iCalendar subscription to a resource's busy times, without clients.")
    public record CalendarFeedView(
            @Schema(description = "Identifier.") UUID id,

            @Schema(description = "The resource whose busy times the feed shows.")
            UUID resourceId,

            @Schema(description = "Where the feed is used.") String label,
            @Schema(description = "When it was made (UTC).") Instant createdAt,

            @Schema(
                    description = "The feed's address, to subscribe to in a calendar program: only in the "
                            + "answer that makes the feed. It holds the feed's secret; the service keeps only "
                            + "a hash of it, so a lost address cannot be shown again (revoke the feed and "
                            + "make another).",
                    nullable = true)
            URI url) {}

    @Schema(name = "CalendarFeedList", description = "The calendar's feeds not revoked, oldest first.")
    public record CalendarFeedList(
            @Schema(description = "The feeds.") List<CalendarFeedView> feeds) {}

    @POST
    @Path("calendars/{resourceId}/feeds")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "not-your-calendar")
    @Operation(
            operationId = "createCalendarFeed",
            summary = "Make a calendar feed",
            description = "Makes an iCalendar feed of the calendar's busy times (entries and booked times, with "
                    + "a neutral summary and nothing of any client) for Outlook, Google Calendar or Nextcloud to "
                    + "subscribe to, from 7 days back to 90 days ahead. The answer carries the feed's secret address, "
                    + "this once.")
    @APIResponse(
            responseCode = "201",
            description = "Made; url is the address to subscribe to.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarFeedView.class)))
    public Response create(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId,
            @Valid @NotNull CalendarFeedRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST calendars/" + resourceId + "/feeds", body, () -> {
            CreatedFeed created =
                    Outcomes.value(feeds.create(caller.actor(), CalendarResource.resource(resourceId), body.label()));
            URI address = UriBuilder.fromUri(uri.getBaseUri())
                    .path(CalendarFeedDocument.PATH)
                    .path(created.token() + CalendarFeedDocument.SUFFIX)
                    .build();
            return Response.created(UriBuilder.fromUri(uri.getBaseUri())
                            .path("api/v1/calendars")
                            .path(resourceId)
                            .path("feeds")
                            .build())
                    .entity(view(created.feed(), address))
                    .build();
        });
    }

    @GET
    @Path("calendars/{resourceId}/feeds")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "not-your-calendar")
    @Operation(
            operationId = "listCalendarFeeds",
            summary = "List a calendar's feeds",
            description = "The calendar's feeds not revoked, without their addresses.")
    @APIResponse(
            responseCode = "200",
            description = "The feeds; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarFeedList.class)))
    public CalendarFeedList list(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId) {
        return new CalendarFeedList(
                Outcomes.value(feeds.feeds(caller.actor(), CalendarResource.resource(resourceId))).stream()
                        .map(feed -> view(feed, null))
                        .toList());
    }

    @DELETE
    @Path("calendar-feeds/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "not-your-calendar")
    @Operation(
            operationId = "revokeCalendarFeed",
            summary = "Revoke a calendar feed",
            description = "Its address answers 404 from now on; calendar programs subscribed to it show nothing new.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(
            @Parameter(description = "The feed.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        Outcomes.value(feeds.revoke(caller.actor(), new CalendarFeedId(QueryParameters.uuid("id", id))));
        return Response.noContent().build();
    }

    private static CalendarFeedView view(CalendarFeed feed, URI address) {
        return new CalendarFeedView(
                feed.id().value(), feed.resource().value(), feed.label(), feed.createdAt(), address);
    }
}
