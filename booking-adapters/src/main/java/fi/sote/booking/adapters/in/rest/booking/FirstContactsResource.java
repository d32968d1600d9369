package fi.sote.booking.adapters.in.rest.booking;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.DayPage;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingPage;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/** A social service's coming first contacts, for those who give the service. */
@Path("/api/v1/social-services/{id}/first-contacts")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class FirstContactsResource {

    private final ViewBookingsQuery bookings;
    private final BookingRestMapper mapper;
    private final Caller caller;

    FirstContactsResource(ViewBookingsQuery bookings, BookingRestMapper mapper, Caller caller) {
        this.bookings = bookings;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "listFirstContacts",
            summary = "A social service's coming first contacts",
            description = "The first contacts booked from client counselling in the social service (sosiaalipalvelu) "
                    + "that start on the days asked and still take their time, by start: those the caller may see "
                    + "(the professionals of the service, the supervisors of their calendars), with the referral.")
    @APIResponse(
            responseCode = "200",
            description = "The bookings; empty when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingPage.class)))
    public BookingPage firstContacts(
            @Parameter(description = "The social service.", schema = @Schema(implementation = UUID.class))
                    @PathParam("id")
                    String id,
            @BeanParam DayPage page) {
        UUID service = QueryParameters.uuid("id", id);
        if (service == null) {
            throw new NotFoundException();
        }
        return mapper.toPage(Outcomes.value(bookings.firstContacts(
                caller.actor(), new SocialServiceId(service), page.days(14), page.limit(), page.after())));
    }
}
