package fi.sote.booking.adapters.in.rest.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.DayPage;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.AgendaQuery;
import fi.sote.booking.application.shared.Days;

/**
 * The caller's own day or week (see {@link AgendaResource}); a path of its own beside the caller's {@code /me}.
 */
@Path("/api/v1/me/agenda")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class MyAgendaResource {

    private final AgendaQuery agenda;
    private final AgendaResource views;
    private final Caller caller;

    MyAgendaResource(AgendaQuery agenda, AgendaResource views, Caller caller) {
        this.agenda = agenda;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "viewMyAgenda",
            summary = "My day or week",
            description = "The entries and bookings of the caller's own calendars (those of the resources that name "
                    + "them) on the days asked, by start: cancelled and moved bookings and lapsed holds are left out. "
                    + "Empty for a caller without a calendar.")
    @APIResponse(
            responseCode = "200",
            description = "The view.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaResource.AgendaView.class)))
    public AgendaResource.AgendaView mine(@BeanParam DayPage page) {
        Days asked = page.days(1);
        return views.view(asked, agenda.mine(caller.actor(), asked, page.limit(), page.after()));
    }
}
