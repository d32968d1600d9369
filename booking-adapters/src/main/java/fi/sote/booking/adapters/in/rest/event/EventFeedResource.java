package fi.sote.booking.adapters.in.rest.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.event.port.in.FollowEventsQuery;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Page;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The change feed (README, "Change feed"): the organisation's events for an integration that polls, the same events a
 * webhook subscription is sent, thin, paged by a cursor that can be kept and resumed from.
 */
@Path("/api/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventFeedResource {

    /** A cursor: the writing transaction's id and the event's, as the feed hands them out. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    private final FollowEventsQuery events;
    private final Caller caller;

    EventFeedResource(FollowEventsQuery events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @Schema(
            name = "ChangeEvent",
            description = "One change: what it was and what it is of; read the thing itself for " + "its state.")
    public record EventView(
            @Schema(
                    description = "The event's id, the same as the webhook-id of the webhook message about it: "
                            + "a receiver of both can tell one event from another.",
                    examples = "evt_1042")
            String id,

            @Schema(
                    description = "The event type: booking.held, booking.booked, booking.cancelled, booking.moved, "
                            + "booking.status_changed, calendar-entry.added, calendar-entry.moved, calendar-entry.changed, "
                            + "calendar-entry.removed, release.added, release.withdrawn, absence.recorded, "
                            + "work-safety.alert-raised, work-safety.alert-closed or waitlist.offered (a time held for a "
                            + "client on the waitlist: the aggregate is the hold, a booking).",
                    examples = "booking.booked")
            String type,

            @Schema(
                    description = "What the event is of: booking, calendar-entry, release, absence or visit.",
                    examples = "booking")
            String aggregateType,

            @Schema(description = "Its id: GET it (a booking at /api/v1/bookings/{id}) for its state now.")
            UUID aggregateId,

            @Schema(description = "When it happened (UTC).") Instant occurredAt,

            @Schema(description = "The cursor just after this event, to resume from it.")
            String cursor) {}

    @Schema(name = "ChangeEventPage", description = "Events after a cursor, oldest first.")
    public record EventPage(
            @Schema(description = "The events; empty when nothing new has happened.")
            List<EventView> items,

            @Schema(
                    description = "The cursor to ask with next: after the last event of this page, or the one asked "
                            + "with when nothing was new. Keep it to resume after a restart.")
            String nextCursor) {}

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.EVENTS_READ)
    @Operation(
            operationId = "listEvents",
            summary = "Follow the organisation's changes",
            description = "Every change of a booking, a calendar entry, released time or an absence, and the "
                    + "work-safety alerts, oldest first, after the cursor (from the beginning without one). Thin: "
                    + "the type and the id, never client data; read the thing with a token of your own. An event "
                    + "appears once every transaction begun before it has ended, so following nextCursor never "
                    + "passes over one. Two changes racing for the same booking may appear in either order; the "
                    + "booking's version tells which is later.")
    @APIResponse(
            responseCode = "200",
            description = "The events after the cursor, and the cursor to ask with next.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventPage.class)))
    public EventPage events(
            @Parameter(
                            description = "The nextCursor (or an event's cursor) to read on from; left out: from the "
                                    + "first event.")
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "Page size, 1-1000; default 100.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        Page page = events.after(
                caller.actor(),
                position(after),
                QueryParameters.integer("limit", limit, FollowEventsQuery.DEFAULT_LIMIT));
        return new EventPage(page.events().stream().map(EventFeedResource::view).toList(), cursor(page.next()));
    }

    private static EventView view(Event event) {
        return new EventView(
                "evt_" + event.id(),
                event.type(),
                event.aggregateType(),
                event.aggregateId(),
                event.occurredAt(),
                cursor(event.position()));
    }

    private static String cursor(Position position) {
        return Long.toUnsignedString(position.transaction()) + "-" + position.event();
    }

    private static Position position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Position.START;
        }
        Matcher parts = CURSOR.matcher(cursor);
        if (parts.matches()) {
            try {
                return new Position(Long.parseUnsignedLong(parts.group(1)), Long.parseLong(parts.group(2)));
            } catch (NumberFormatException e) {
                // past the range of either: not a cursor this feed handed out
            }
        }
        throw new InvalidValueException("after", "is not a cursor of this feed (a nextCursor it answered)");
    }
}
