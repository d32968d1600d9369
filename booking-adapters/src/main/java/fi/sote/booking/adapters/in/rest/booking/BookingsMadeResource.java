package fi.sote.booking.adapters.in.rest.booking;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingPage;
import fi.sote.booking.adapters.in.rest.calendar.AgendaResource;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.shared.PageCursor;

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
    public BookingPage madeByMe(
            @Parameter(
                            description = "The first day, ISO-8601; default today (Finnish time).",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "How many days, 1-31; default 1.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "31",
                                            defaultValue = "1"))
                    @QueryParam("days")
                    String days,
            @Parameter(
                            description = "Page size, 1-500; default 100.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        return mapper.toPage(bookings.madeBy(
                caller.actor(),
                AgendaResource.days(from, days, 1),
                QueryParameters.integer("limit", limit, 100),
                PageCursor.parse("cursor", cursor)));
    }
}
