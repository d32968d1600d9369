package fi.sote.booking.adapters.in.rest.booking;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.AttendanceRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingList;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingView;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.CancelRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ClientContactView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ClientBookingSearch;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.Confirmation;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.MultiBookingRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.RescheduleRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.SeriesRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.StatusChangeView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.BookSeriesUseCase;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.BookTogetherUseCase;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.privacy.ClientEntitlement;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;

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

    private static final String PROBLEM = "application/problem+json";

    private final BookSlotUseCase bookSlot;
    private final BookSeriesUseCase bookSeries;
    private final BookTogetherUseCase bookTogether;
    private final RescheduleBookingUseCase reschedule;
    private final CancelBookingUseCase cancel;
    private final RecordAttendanceUseCase attendance;
    private final ViewBookingsQuery bookings;
    private final ViewCatalogueQuery catalogue;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    BookingResource(BookSlotUseCase bookSlot, BookSeriesUseCase bookSeries, BookTogetherUseCase bookTogether,
            RescheduleBookingUseCase reschedule, CancelBookingUseCase cancel, RecordAttendanceUseCase attendance,
            ViewBookingsQuery bookings, ViewCatalogueQuery catalogue, IdempotencyKeys idempotency, Caller caller) {
        this.bookSlot = bookSlot;
        this.bookSeries = bookSeries;
        this.bookTogether = bookTogether;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.attendance = attendance;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("holds")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "holdSlot", summary = "Hold a time",
            description = "Holds a free time (status PENDING, Ehdotettu) for the configured hold time (default 10 "
                    + "minutes); nobody else can book it meanwhile. Book it with confirmBooking; it lapses by itself.")
    @APIResponse(responseCode = "201", description = "Held.", headers = @Header(name = "ETag", description = "The version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Taken, full, not open to the channel, or the client is already "
            + "booked at the time (slot-taken, group-full, slot-not-offered, client-already-booked, ...).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response hold(@Valid @NotNull BookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return alone(key, "POST holds", body, () -> created(bookSlot.hold(caller.actor(), request(body))));
    }

    @POST
    @Path("bookings")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "bookSlot", summary = "Book a time",
            description = "Books a free time for a client: a client for themselves in client self-service (within the "
                    + "product's notice and horizon), a counsellor a first contact time with a referral, a professional in "
                    + "their own or their team's calendar, an integration. The answer carries the confirmation to tell "
                    + "the client.")
    @APIResponse(responseCode = "201", description = "Booked.", headers = @Header(name = "ETag", description = "The version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Taken, full, not open to the channel, outside the self-service "
            + "window, or the client is already booked at the time.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response book(@Valid @NotNull BookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return alone(key, "POST bookings", body, () -> created(bookSlot.book(caller.actor(), request(body))));
    }

    /**
     * Makes one booking. Without an {@code Idempotency-Key} it needs no transaction around it: the
     * booking is stored with its event in one statement, which may be committed together with other
     * bookings made at the same moment (group commit, see the persistence adapter), and everything
     * else the use case does is reading. With a key, the booking and the stored reply are one transaction.
     */
    private Response alone(String key, String operation, BookingRequest body, Supplier<Response> work) {
        return key == null ? work.get()
                : QuarkusTransaction.requiringNew().call(() -> idempotency.once(caller, key, operation, body, work));
    }

    @POST
    @Path("bookings/{id}/confirm")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "confirmBooking", summary = "Book a held time",
            description = "Turns the caller's hold into a booking (PENDING to BOOKED) before it lapses.")
    @APIResponse(responseCode = "200", description = "Booked.", headers = @Header(name = "ETag", description = "The version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not a hold, or it lapsed (invalid-transition, hold-expired).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (stale-version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response confirm(@Parameter(description = "The hold.") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST bookings/" + id + "/confirm", ifMatch,
                () -> ok(bookSlot.bookHeld(caller.actor(), bookingId(id), version(ifMatch))));
    }

    @POST
    @Path("booking-series")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "bookSeries", summary = "Book a series (sarja-ajanvaraus)",
            description = "Books the same product weekly or every second week, a number of times or until a date, at the "
                    + "same local time: all occurrences or none. A 409 lists each occurrence that cannot be booked in errors.")
    @APIResponse(responseCode = "201", description = "The occurrences, by start.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "Some occurrences cannot be booked (partly-unavailable); none were.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response bookSeries(@Valid @NotNull SeriesRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST booking-series", body, () -> {
            Recurrence recurrence = new Recurrence(body.recurrence().frequency(), body.recurrence().count(),
                    body.recurrence().until());
            return createdList(bookSeries.bookSeries(caller.actor(), request(body.first()), recurrence));
        });
    }

    @POST
    @Path("multi-bookings")
    @RolesAllowed({ Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "bookTogether", summary = "Book several times together (moniajanvaraus)",
            description = "Books 2-10 times of different products or resources for one client: all or none. A 409 lists "
                    + "each time that cannot be booked in errors.")
    @APIResponse(responseCode = "201", description = "The bookings, in the order asked.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "Some times cannot be booked (partly-unavailable); none were.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response bookTogether(@Valid @NotNull MultiBookingRequest body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST multi-bookings", body, () -> createdList(
                bookTogether.bookTogether(caller.actor(), body.bookings().stream().map(BookingResource::request).toList())));
    }

    @GET
    @Path("bookings/{id}")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(operationId = "getBooking", summary = "Read a booking",
            description = "A client reads their own bookings, a counsellor the ones they made, a professional those in "
                    + "calendars they keep, an integration its organisation's. Others get 404.")
    @APIResponse(responseCode = "200", description = "The booking.", headers = @Header(name = "ETag", description = "The version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    public Response booking(@Parameter(description = "The booking.") @PathParam("id") String id) {
        Booking booking = Outcomes.value(bookings.booking(caller.actor(), bookingId(id)));
        return Response.ok(view(caller.actor(), booking, true)).tag(etag(booking)).build();
    }

    @GET
    @Path("bookings")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(operationId = "listBookings", summary = "List a client's bookings",
            description = "A client's coming and past bookings, by start. A client lists their own (no client parameter); "
                    + "others see those of the client's bookings they may see.")
    @APIResponse(responseCode = "200", description = "The bookings; empty when there are none.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    public BookingList list(@Parameter(description = "The client's identifier; left out by a client.") @QueryParam("client")
            String client,
            @Parameter(description = "UPCOMING (default: ending after now) , PAST or ALL.") @QueryParam("when") String when) {
        Actor actor = caller.actor();
        return during(actor, bookings.ofClient(actor, client), when);
    }

    @POST
    @Path("bookings/search")
    @RolesAllowed({ Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    @Operation(operationId = "searchClientBookings", summary = "Find a client's bookings by personal identity code",
            description = "The bookings the caller may see of the client with this personal identity code, by start. The "
                    + "code goes in the body, never in the URL. Nothing is created: a code never booked finds nothing.")
    @APIResponse(responseCode = "200", description = "The bookings; empty when there are none.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    public BookingList search(@Valid @NotNull ClientBookingSearch body) {
        Actor actor = caller.actor();
        return during(actor, bookings.ofClient(actor,
                PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode())), body.when());
    }

    /** The bookings of a period: UPCOMING (default: ending after now), PAST or ALL. */
    private BookingList during(Actor actor, List<Booking> found, String when) {
        String period = when == null ? "UPCOMING" : when;
        if (!List.of("UPCOMING", "PAST", "ALL").contains(period)) {
            throw new InvalidValueException("when", "must be UPCOMING, PAST or ALL");
        }
        Instant now = Instant.now();
        return new BookingList(found.stream()
                .filter(booking -> period.equals("ALL")
                        || period.equals("UPCOMING") == booking.time().interval().end().isAfter(now))
                .map(booking -> view(actor, booking, true)).toList());
    }

    @POST
    @Path("bookings/{id}/cancel")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking",
            description = "Cancels with a reason and records who cancelled (a client until the product's deadline). For a "
                    + "series, scope THIS_AND_FOLLOWING cancels the later occurrences too.")
    @APIResponse(responseCode = "200", description = "The cancelled bookings, this one first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "Cannot be cancelled (invalid-transition, change-deadline-passed).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (stale-version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public BookingList cancel(@Parameter(description = "The booking.") @PathParam("id") String id,
            @Valid @NotNull CancelRequest body, @HeaderParam("If-Match") String ifMatch) {
        Actor actor = caller.actor();
        return list(actor, cancel.cancel(actor, bookingId(id), version(ifMatch), body.reason(), scope(body.scope())));
    }

    @POST
    @Path("bookings/{id}/reschedule")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "rescheduleBooking", summary = "Reschedule a booking",
            description = "Moves the booking to another free time: a new booking replaces it and the old one stays as "
                    + "MOVED (Siirretty) linking to it (a client until the product's deadline). For a series, scope "
                    + "THIS_AND_FOLLOWING moves the later occurrences by the same shift.")
    @APIResponse(responseCode = "201", description = "The new bookings, the one replacing this booking first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingList.class)))
    @APIResponse(responseCode = "409", description = "The new time cannot be booked, or the booking cannot move.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (stale-version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response reschedule(@Parameter(description = "The booking.") @PathParam("id") String id,
            @Valid @NotNull RescheduleRequest body, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST bookings/" + id + "/reschedule", body, () -> createdList(
                reschedule.reschedule(caller.actor(), bookingId(id), version(ifMatch), body.start(),
                        body.resourceId() == null ? null : new ResourceId(body.resourceId()), body.reason(),
                        scope(body.scope()))));
    }

    @POST
    @Path("bookings/{id}/attendance")
    @RolesAllowed({ Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION })
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Operation(operationId = "recordAttendance", summary = "Record how the time went",
            description = "Checked in (a client may check in themselves), arrived, fulfilled or no-show.")
    @APIResponse(responseCode = "200", description = "Recorded.", headers = @Header(name = "ETag", description = "The version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not a valid change of status (invalid-transition).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (stale-version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response attendance(@Parameter(description = "The booking.") @PathParam("id") String id,
            @Valid @NotNull AttendanceRequest body, @HeaderParam("If-Match") String ifMatch) {
        return ok(attendance.record(caller.actor(), bookingId(id), version(ifMatch), body.status()));
    }

    private Response created(Outcome<Booking> outcome) {
        Booking booking = Outcomes.value(outcome);
        return Response.created(UriBuilder.fromPath("/api/v1/bookings/{id}").build(booking.id().value()))
                .tag(etag(booking)).entity(view(caller.actor(), booking)).build();
    }

    private Response createdList(Outcome<List<Booking>> outcome) {
        List<Booking> made = Outcomes.value(outcome);
        Actor actor = caller.actor();
        return Response.created(UriBuilder.fromPath("/api/v1/bookings/{id}").build(made.get(0).id().value()))
                .entity(new BookingList(made.stream().map(booking -> view(actor, booking)).toList())).build();
    }

    private Response ok(Outcome<Booking> outcome) {
        Booking booking = Outcomes.value(outcome);
        return Response.ok(view(caller.actor(), booking)).tag(etag(booking)).build();
    }

    private BookingList list(Actor actor, Outcome<List<Booking>> outcome) {
        return new BookingList(Outcomes.value(outcome).stream().map(booking -> view(actor, booking)).toList());
    }

    private static EntityTag etag(Booking booking) {
        return new EntityTag(Long.toString(booking.version()));
    }

    /** The version an If-Match names; null when there is none or it is "*"; an unreadable one matches nothing. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static ChangeScope scope(ChangeScope scope) {
        return scope == null ? ChangeScope.THIS : scope;
    }

    private static BookingId bookingId(String id) {
        UUID value = QueryParameters.uuid("id", id);
        if (value == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return new BookingId(value);
    }

    private static SlotRequest request(BookingRequest body) {
        return new SlotRequest(new ResourceId(body.resourceId()), new BookableProductId(body.productId()), body.start(),
                body.contactMode(), body.channel(), body.client(), body.clientLanguage(), body.referralNote(),
                Boolean.TRUE.equals(body.allowClientOverlap()), body.clientPersonalIdentityCode() == null ? null
                        : PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode()));
    }

    private BookingView view(Actor actor, Booking booking) {
        return view(actor, booking, false);
    }

    /**
     * The booking as the actor may see it. How to reach the client comes from the client-record port
     * on reads only: the answer to a change is for whoever just made it.
     */
    private BookingView view(Actor actor, Booking booking, boolean withContact) {
        var time = booking.time();
        var change = booking.lastChange();
        ViewBookingsQuery.ClientView client = bookings.clientView(actor, booking, withContact);
        boolean shown = client.identified();
        var contact = client.contact();
        return new BookingView(booking.id().value(), booking.status(), booking.status().finnishName(),
                booking.status().fhirCode(), time.resource().value(), time.product().value(), time.interval().start(),
                time.interval().end(), time.contactMode(), time.servicePoint() == null ? null : time.servicePoint().value(),
                time.capacity(), !shown, shown ? booking.client() : null,
                client.code() == null ? null : client.code().value(),
                contact == null || contact.withheld() ? null : contactView(contact), contact != null && contact.withheld(),
                shown ? booking.clientLanguage() : null, booking.channel(), booking.bookedBy(),
                booking.bookedAt(), booking.holdExpiresAt(),
                client.referral() ? booking.referralNote() : null, booking.clientOverlapAllowed(),
                booking.series() == null ? null : booking.series().value(),
                booking.multiBooking() == null ? null : booking.multiBooking().value(),
                booking.replaces() == null ? null : booking.replaces().value(),
                booking.replacedBy() == null ? null : booking.replacedBy().value(),
                change == null ? null : new StatusChangeView(change.status(), change.reason(), change.by(), change.at()),
                booking.version(), confirmation(actor, booking));
    }

    private static ClientContactView contactView(ClientEntitlement.ClientContact contact) {
        var address = contact.address();
        return new ClientContactView(contact.name(), contact.phone(), address == null ? null
                : new AddressDto(address.street(), address.postalCode(), address.postOffice()));
    }

    /** Day, time, how and where, in the client's language: what a counsellor tells the client on the phone. */
    private Confirmation confirmation(Actor actor, Booking booking) {
        var organisation = actor.organisation();
        String language = booking.clientLanguage();
        ZonedDateTime start = booking.time().interval().start().atZone(BookingTime.ZONE);
        ZonedDateTime end = booking.time().interval().end().atZone(BookingTime.ZONE);
        ContactMode mode = catalogue.contactModes(organisation).stream()
                .filter(candidate -> candidate.code().equals(booking.time().contactMode())).findFirst().orElse(null);
        String place = booking.time().servicePoint() == null ? null
                : catalogue.servicePoint(organisation, booking.time().servicePoint())
                        .map(point -> point.name().in(language) + ", " + point.address().street() + ", "
                                + point.address().postalCode() + " " + point.address().postOffice())
                        .orElse(null);
        String professional = catalogue.resource(organisation, booking.time().resource())
                .map(resource -> resource.title() == null ? resource.name() : resource.name() + ", " + resource.title())
                .orElse(null);
        String guidance = catalogue.product(organisation, booking.time().product())
                .map(product -> product.guidance().in(language)).orElse(null);
        return new Confirmation(start.toLocalDate(), start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime(),
                mode == null ? booking.time().contactMode() : mode.name().in(language), mode != null && mode.remote(),
                place, professional, guidance);
    }
}
