package fi.sote.booking.adapters.in.rest.booking;

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
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingPage;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;

/** The bookings the caller made: a counsellor's day of first contacts, a path of its own beside {@code /me}. */
@Path("/api/v1/me/bookings-made")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class BookingsMadeResource {

    private final ViewBookingsQuery bookings;
    private final BookingRestMapper mapper;
    private final Caller caller;

    BookingsMadeResource(ViewBookingsQuery bookings, BookingRestMapper mapper, Caller caller) {
        this.bookings = bookings;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "listBookingsMadeByMe",
            summary = "The bookings I made",
            description = "The bookings the caller made on the days asked (by when they were made, Finnish time), "
                    + "whatever became of them since (the status tells), by when they were made: a counsellor's "
                    + "day of first contacts.")
    @APIResponse(
            responseCode = "200",
            description = "The bookings; empty when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingPage.class)))
    public BookingPage madeByMe(@BeanParam DayPage page) {
        return mapper.toPage(bookings.madeBy(caller.actor(), page.days(1), page.limit(), page.after()));
    }
}
