package fi.sote.booking.adapters.in.rest.booking;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import jakarta.ws.rs.core.EntityTag;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.AttendanceRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingList;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingView;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.CancelRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ClientBookingSearch;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.MultiBookingRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.RescheduleRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.SeriesRequest;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.BookSeriesCommand;
import fi.sote.booking.application.booking.port.in.BookSeriesUseCase;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.BookTogetherCommand;
import fi.sote.booking.application.booking.port.in.BookTogetherUseCase;
import fi.sote.booking.application.booking.port.in.BookingPeriod;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.booking.port.in.ShownBooking;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * Bookings (ajanvaraus) through every channel: hold, book, book a series or several times
 * together, reschedule, cancel, record attendance. Every POST takes an {@code Idempotency-Key};
 * changes of a booking take {@code If-Match} with its ETag.
 */
@Path("/api/v1")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class BookingResource {

    private final BookSlotUseCase bookSlot;
    private final BookSeriesUseCase bookSeries;
    private final BookTogetherUseCase bookTogether;
    private final RescheduleBookingUseCase reschedule;
    private final CancelBookingUseCase cancel;
    private final RecordAttendanceUseCase attendance;
    private final ViewBookingsQuery bookings;
    private final BookingRestMapper mapper;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    BookingResource(
            BookSlotUseCase bookSlot,
            BookSeriesUseCase bookSeries,
            BookTogetherUseCase bookTogether,
            RescheduleBookingUseCase reschedule,
            CancelBookingUseCase cancel,
            RecordAttendanceUseCase attendance,
            ViewBookingsQuery bookings,
            BookingRestMapper mapper,
            IdempotencyKeys idempotency,
            Caller caller) {
        this.bookSlot = bookSlot;
        this.bookSeries = bookSeries;
        this.bookTogether = bookTogether;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.attendance = attendance;
        this.bookings = bookings;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("holds")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked language-mismatch room-unavailable product-retired retired too-many-holds")
    @Operation(
            operationId = "holdSlot",
            summary = "Hold a time",
            description = "Holds a free time (status PENDING, Ehdotettu) for the configured hold time (default 10 "
                    + "minutes); nobody else can book it meanwhile. Book it with confirmBooking; it lapses by itself.")
    @APIResponse(
            responseCode = "201",
            description = "Held.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Taken, full, not open to the channel, or the client is already "
                    + "booked at the time (slot-taken, group-full, slot-not-offered, client-already-booked, ...).")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response hold(@Valid @NotNull BookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return alone(
                key,
                "POST holds",
                body,
                commit -> created(bookSlot.hold(caller.actor(), new BookSlotCommand(mapper.toRequest(body), commit))));
    }

    @POST
    @Path("bookings")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked language-mismatch room-unavailable product-retired retired")
    @Operation(
            operationId = "bookSlot",
            summary = "Book a time",
            description = "Books a free time for a client: a client for themselves in client self-service (within the "
                    + "product's notice and horizon), a counsellor a first contact time with a referral, a professional in "
                    + "their own or their team's calendar, an integration. The answer carries the confirmation to tell "
                    + "the client.")
    @APIResponse(
            responseCode = "201",
            description = "Booked.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Taken, full, not open to the channel, outside the self-service window, the client is "
                    + "already booked at the time, or the professional does not speak the language stated for the "
                    + "client (language-mismatch; allowLanguageMismatch books anyway).")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response book(@Valid @NotNull BookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return alone(
                key,
                "POST bookings",
                body,
                commit -> created(bookSlot.book(caller.actor(), new BookSlotCommand(mapper.toRequest(body), commit))));
    }

    /**
     * Makes one booking. Without an {@code Idempotency-Key} nothing else is written, so no transaction is opened: the
     * booking is committed on its own, possibly together with bookings made at the same moment ({@link Commit#ALONE}).
     * With a key, the booking and the stored reply are one transaction.
     */
    private Response alone(String key, String operation, BookingRequest body, Function<Commit, Response> work) {
        return key == null
                ? work.apply(Commit.ALONE)
                : QuarkusTransaction.requiringNew()
                        .call(() ->
                                idempotency.once(caller, key, operation, body, () -> work.apply(Commit.WITH_CALLER)));
    }

    @POST
    @Path("bookings/{id}/confirm")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "change-deadline-passed hold-expired invalid-transition channel-not-allowed")
    @Operation(
            operationId = "confirmBooking",
            summary = "Book a held time",
            description = "Turns the caller's hold into a booking (PENDING to BOOKED) before it lapses.")
    @APIResponse(
            responseCode = "200",
            description = "Booked.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not a hold, or it lapsed (invalid-transition, hold-expired).")
    public Response confirm(
            @Parameter(description = "The hold.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST bookings/" + id + "/confirm",
                ifMatch,
                () -> ok(
                        "confirmBooking",
                        bookSlot.confirm(
                                caller.actor(), new ConfirmHoldCommand(bookingId(id), IfMatch.version(ifMatch)))));
    }

    @POST
    @Path("booking-series")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked language-mismatch room-unavailable product-retired retired partly-unavailable")
    @Operation(
            operationId = "bookSeries",
            summary = "Book a series (sarja-ajanvaraus)",
            description =
                    "Books the same product weekly or every second week, a number of times or until a date, at the "
                            + "same local time: all occurrences or none. A 409 lists each occurrence that cannot be booked in errors.")
    @APIResponse(
            responseCode = "201",
            description = "The occurrences, by start.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    @APIResponse(
            responseCode = "409",
            description = "Some occurrences cannot be booked (partly-unavailable); none were.")
    public Response bookSeries(@Valid @NotNull SeriesRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST booking-series", body, () -> {
            Recurrence recurrence = new Recurrence(
                    body.recurrence().frequency(),
                    body.recurrence().count(),
                    body.recurrence().until());
            return createdList(bookSeries.bookSeries(
                    caller.actor(),
                    new BookSeriesCommand(
                            InputFields.nested("first", () -> mapper.toRequest(body.first())), recurrence)));
        });
    }

    @POST
    @Path("multi-bookings")
    @RolesAllowed({Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked language-mismatch room-unavailable product-retired retired partly-unavailable")
    @Operation(
            operationId = "bookTogether",
            summary = "Book several times together (moniajanvaraus)",
            description =
                    "Books 2-10 times of different products or resources for one client: all or none. A 409 lists "
                            + "each time that cannot be booked in errors.")
    @APIResponse(
            responseCode = "201",
            description = "The bookings, in the order asked.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "Some times cannot be booked (partly-unavailable); none were.")
    public Response bookTogether(
            @Valid @NotNull MultiBookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST multi-bookings",
                body,
                () -> createdList(bookTogether.bookTogether(
                        caller.actor(),
                        new BookTogetherCommand(InputFields.each("bookings", body.bookings(), mapper::toRequest)))));
    }

    @GET
    @Path("bookings/{id}")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(
            operationId = "getBooking",
            summary = "Read a booking",
            description = "A client reads their own bookings, a counsellor the ones they made, a professional those in "
                    + "calendars they keep, an integration its organisation's. Others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The booking.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    public Response booking(
            @Parameter(description = "The booking.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        ShownBooking shown = Outcomes.value(bookings.booking(caller.actor(), bookingId(id)));
        return Response.ok(mapper.toView(shown)).tag(etag(shown.booking())).build();
    }

    @GET
    @Path("bookings")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(
            operationId = "listBookings",
            summary = "List a client's bookings",
            description =
                    "A client's coming and past bookings, by start. A client lists their own (no client parameter); "
                            + "others see those of the client's bookings they may see.")
    @APIResponse(
            responseCode = "200",
            description = "The bookings; empty when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    public BookingList list(
            @Parameter(description = "The client's identifier; left out by a client.") @QueryParam("client")
                    String client,
            @Parameter(
                            description = "UPCOMING (default: ending after now, not cancelled or moved), PAST or ALL.",
                            schema =
                                    @Schema(
                                            enumeration = {"UPCOMING", "PAST", "ALL"},
                                            defaultValue = "UPCOMING"))
                    @QueryParam("when")
                    String when) {
        return mapper.toList(bookings.ofClient(caller.actor(), client, BookingPeriod.of("when", when)));
    }

    @GET
    @Path("bookings/by-reference/{bookingReference}")
    @RolesAllowed({Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(
            operationId = "findBookingByReference",
            summary = "Find a booking by its short reference",
            description = "The booking whose confirmation quotes this reference (confirmation.reference), as a client "
                    + "reads it out: eight characters 0-9 and A-F, case, spaces and dashes aside. A new booking's "
                    + "reference is unique in the service; the list holds it if the caller may see it.")
    @APIResponse(
            responseCode = "200",
            description = "The booking, or an empty list.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    public BookingList byReference(
            @Parameter(description = "The short reference, such as 0DBB7D57 or 0dbb-7d57.", example = "0DBB7D57")
                    @PathParam("bookingReference")
                    String reference) {
        return mapper.toList(bookings.withReference(caller.actor(), reference));
    }

    @POST
    @Path("bookings/search")
    @RolesAllowed({Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(
            operationId = "searchClientBookings",
            summary = "Find a client's bookings by personal identity code",
            description =
                    "The bookings the caller may see of the client with this personal identity code, by start. The "
                            + "code goes in the body, never in the URL. Nothing is created: a code never booked finds nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The bookings; empty when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    public BookingList search(@Valid @NotNull ClientBookingSearch body) {
        PersonalIdentityCode code =
                PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode());
        return mapper.toList(bookings.ofClient(caller.actor(), code, BookingPeriod.of("when", body.when())));
    }

    @POST
    @Path("bookings/{id}/cancel")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(name = ProblemCodes.EXTENSION, value = "change-deadline-passed invalid-transition")
    @Operation(
            operationId = "cancelBooking",
            summary = "Cancel a booking",
            description =
                    "Cancels with a reason and records who cancelled (a client until the product's deadline). For a "
                            + "series, scope THIS_AND_FOLLOWING cancels the later occurrences too.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled bookings, this one first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    @APIResponse(
            responseCode = "409",
            description = "Cannot be cancelled (invalid-transition, change-deadline-passed).")
    public Response cancel(
            @Parameter(description = "The booking.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @Valid @NotNull CancelRequest body,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST bookings/" + id + "/cancel",
                body,
                () -> Response.ok(list(
                                "cancelBooking",
                                cancel.cancel(
                                        caller.actor(),
                                        new CancelBookingCommand(
                                                bookingId(id), IfMatch.version(ifMatch), body.reason(), body.scope()))))
                        .build());
    }

    @POST
    @Path("bookings/{id}/reschedule")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value =
                    "change-deadline-passed invalid-transition partly-unavailable unknown-reference channel-not-allowed not-your-calendar slot-not-offered outside-booking-window slot-taken group-full client-already-booked language-mismatch room-unavailable")
    @Operation(
            operationId = "rescheduleBooking",
            summary = "Reschedule a booking",
            description = "Moves the booking to another free time: a new booking replaces it and the old one stays as "
                    + "MOVED (Siirretty) linking to it (a client until the product's deadline). For a series, scope "
                    + "THIS_AND_FOLLOWING moves the later occurrences by the same shift.")
    @APIResponse(
            responseCode = "201",
            description = "The new bookings, the one replacing this booking first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "The new time cannot be booked, or the booking cannot move.")
    public Response reschedule(
            @Parameter(description = "The booking.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @Valid @NotNull RescheduleRequest body,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST bookings/" + id + "/reschedule",
                body,
                () -> createdList(
                        "rescheduleBooking",
                        reschedule.reschedule(
                                caller.actor(),
                                new RescheduleBookingCommand(
                                        bookingId(id),
                                        IfMatch.version(ifMatch),
                                        body.start(),
                                        body.resourceId() == null ? null : new ResourceId(body.resourceId()),
                                        body.reason(),
                                        body.scope()))));
    }

    @POST
    @Path("bookings/{id}/attendance")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "channel-not-allowed outside-check-in-window attendance-too-early invalid-transition "
                    + "reason-required")
    @Operation(
            operationId = "recordAttendance",
            summary = "Record how the time went",
            description = "Checked in (a client may check in themselves), arrived, fulfilled or no-show. Check-in and "
                    + "arrival are recorded from booking.attendance.check-in-opens (2 hours) before the start, "
                    + "fulfilled and no-show from the start (attendance-too-early before). A fulfilled time may be "
                    + "corrected to a no-show and back, with a reason (reason-required without one); the booking's "
                    + "lastChange keeps who corrected it, when and why.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not a valid change of status (invalid-transition).")
    public Response attendance(
            @Parameter(description = "The booking.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @Valid @NotNull AttendanceRequest body,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST bookings/" + id + "/attendance",
                body,
                () -> ok(
                        "recordAttendance",
                        attendance.record(
                                caller.actor(),
                                new RecordAttendanceCommand(
                                        bookingId(id), IfMatch.version(ifMatch), body.status(), body.reason()))));
    }

    /** A booking just made, answered as its maker may see it (logged with the booking when it shows the client). */
    private Response created(Outcome<Booking> outcome) {
        Booking booking = Outcomes.value(outcome);
        return Response.created(location(booking))
                .tag(etag(booking))
                .entity(mapper.toView(made(List.of(booking)).get(0)))
                .build();
    }

    /** Bookings just made: a series or a multi-booking, logged with the bookings likewise. */
    private Response createdList(Outcome<List<Booking>> outcome) {
        List<Booking> made = Outcomes.value(outcome);
        return Response.created(location(made.get(0)))
                .entity(mapper.toList(made(made)))
                .build();
    }

    /** The new bookings of a change (a reschedule), logged under the operation. */
    private Response createdList(String operation, Outcome<List<Booking>> outcome) {
        List<Booking> made = Outcomes.value(outcome);
        return Response.created(location(made.get(0)))
                .entity(list(operation, made))
                .build();
    }

    private Response ok(String operation, Outcome<Booking> outcome) {
        Booking booking = Outcomes.value(outcome);
        return Response.ok(list(operation, List.of(booking)).items().get(0))
                .tag(etag(booking))
                .build();
    }

    private BookingList list(String operation, Outcome<List<Booking>> outcome) {
        return list(operation, Outcomes.value(outcome));
    }

    /**
     * The bookings a change changed, as its answer shows them: whom they concern only to a caller who may read
     * bookings; written to the access log under the operation as a read would be.
     */
    private BookingList list(String operation, List<Booking> changed) {
        return mapper.toList(bookings.answer(caller.actor(), operation, changed));
    }

    /** The bookings a request just made, as its answer shows them (see {@link #list(String, List)}), not logged. */
    private List<ShownBooking> made(List<Booking> made) {
        return bookings.made(caller.actor(), made);
    }

    private static URI location(Booking booking) {
        return UriBuilder.fromPath("/api/v1/bookings/{id}").build(booking.id().value());
    }

    private static EntityTag etag(Booking booking) {
        return new EntityTag(Long.toString(booking.version()));
    }

    private static BookingId bookingId(String id) {
        UUID value = QueryParameters.uuid("id", id);
        if (value == null) {
            throw new NotFoundException();
        }
        return new BookingId(value);
    }
}
