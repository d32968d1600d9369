package fi.sote.booking.adapters.in.fhir;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.RejectedException;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.BookingPeriod;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.booking.port.in.ShownBooking;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/**
 * Bookings as FHIR Appointments, in the Finnish Scheduling guide's REST pattern: book a free Slot with
 * {@code POST /fhir/Appointment} (201 with Location and ETag; 422 with an OperationOutcome when a rule refuses it),
 * read it, change it with {@code PUT} and {@code If-Match} (cancel, reschedule to another Slot, confirm a held time,
 * record how it went), and find a client's appointments with {@code POST /fhir/Appointment/_search}, so that a personal
 * identity code never travels in a URL. Every change goes through the same use cases as REST: the same roles, channels,
 * rules, access log and concurrency guarantees.
 */
@Path(FhirPaths.BASE + "/Appointment")
@Produces({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@Consumes({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.INTEGRATION})
@Transactional
public class FhirAppointmentResource {

    private final BookSlotUseCase bookSlot;
    private final RescheduleBookingUseCase reschedule;
    private final CancelBookingUseCase cancel;
    private final RecordAttendanceUseCase attendance;
    private final ViewBookingsQuery bookings;
    private final ViewCatalogueQuery catalogue;
    private final IdempotencyKeys idempotency;
    private final FhirModel model;
    private final ObjectMapper json;
    private final Caller caller;

    FhirAppointmentResource(
            BookSlotUseCase bookSlot,
            RescheduleBookingUseCase reschedule,
            CancelBookingUseCase cancel,
            RecordAttendanceUseCase attendance,
            ViewBookingsQuery bookings,
            ViewCatalogueQuery catalogue,
            IdempotencyKeys idempotency,
            FhirModel model,
            ObjectMapper json,
            Caller caller) {
        this.bookSlot = bookSlot;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.attendance = attendance;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.model = model;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    public Response read(@PathParam("id") String id) {
        ShownBooking shown = Outcomes.value(bookings.booking(caller.actor(), bookingId(id)));
        return Response.ok(appointment(shown)).tag(etag(shown.booking())).build();
    }

    /**
     * Books the Slot the Appointment names ({@code status} booked, or pending to hold it), for the client its patient
     * participant names by personal identity code or reference (a client booking for themselves names none).
     */
    @POST
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response create(Appointment appointment, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        if (appointment.hasId() && !appointment.getIdElement().isEmpty()) {
            throw new InvalidValueException("Appointment.id", "must be left out: the service gives the id");
        }
        boolean hold = wanted(appointment.getStatus(), AppointmentStatus.BOOKED, AppointmentStatus.PENDING)
                == AppointmentStatus.PENDING;
        SlotRequest request = request(appointment);
        Function<Commit, Response> work = commit -> {
            BookSlotCommand command = new BookSlotCommand(request, commit);
            Booking made = Outcomes.value(
                    hold ? bookSlot.hold(caller.actor(), command) : bookSlot.book(caller.actor(), command));
            ShownBooking shown = bookings.made(caller.actor(), List.of(made)).get(0);
            return Response.created(versioned(made))
                    .tag(etag(made))
                    .entity(key == null ? appointment(shown) : kept(appointment(shown)))
                    .type(FhirBodies.FHIR_JSON)
                    .build();
        };
        return key == null
                ? work.apply(Commit.ALONE)
                : QuarkusTransaction.requiringNew()
                        .call(() -> idempotency.once(
                                caller,
                                key,
                                "POST fhir/Appointment",
                                model.write(appointment),
                                () -> work.apply(Commit.WITH_CALLER)));
    }

    /**
     * Changes the booking as the Appointment now reads: {@code cancelled} cancels it (reason from
     * {@code cancelationReason}), another Slot moves it there (the answer is the Appointment that now holds the
     * time), {@code booked} books a held time, and {@code checked-in}, {@code arrived}, {@code fulfilled} or
     * {@code noshow} record how it went. {@code If-Match} guards against a change made meanwhile (412).
     */
    @PUT
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_WRITE)
    public Response update(
            @PathParam("id") String id, Appointment appointment, @HeaderParam("If-Match") String ifMatch) {
        BookingId booking = bookingId(id);
        if (appointment.hasIdElement()
                && appointment.getIdElement().getIdPart() != null
                && !appointment.getIdElement().getIdPart().equals(id)) {
            throw new InvalidValueException("Appointment.id", "must be the id the URL names");
        }
        ShownBooking current = Outcomes.value(bookings.booking(caller.actor(), booking));
        Booking before = current.booking();
        Long version = IfMatch.version(ifMatch);
        AppointmentStatus status = appointment.getStatus();
        if (status == null) {
            throw new InvalidValueException("Appointment.status", "is required");
        }
        BookingStatus asked = FhirCodes.booking(status)
                .orElseThrow(() -> new InvalidValueException(
                        "Appointment.status", "cannot be " + status.toCode() + " through this interface"));
        String operation = "updateAppointment";
        if (asked == BookingStatus.CANCELLED) {
            if (!before.status().takesTime()) {
                return Response.ok(appointment(current)).tag(etag(before)).build();
            }
            return changed(
                    operation,
                    Outcomes.value(cancel.cancel(
                            caller.actor(),
                            new CancelBookingCommand(booking, version, reason(appointment), ChangeScope.THIS))));
        }
        Optional<SlotKey> slot = slot(appointment);
        if (slot.isPresent() && !slot.get().equals(keyOf(before))) {
            if (!slot.get().product().equals(before.time().product())) {
                throw new InvalidValueException("Appointment.slot", "must be a time of the same product");
            }
            return changed(
                    operation,
                    Outcomes.value(reschedule.reschedule(
                            caller.actor(),
                            new RescheduleBookingCommand(
                                    booking,
                                    version,
                                    slot.get().start(),
                                    slot.get().resource(),
                                    reason(appointment),
                                    ChangeScope.THIS))));
        }
        if (asked == before.status()) {
            if (version != null && version != before.version()) {
                throw new RejectedException(
                        RejectionReason.STALE_VERSION, null, "The appointment changed since version " + version);
            }
            return Response.ok(appointment(current)).tag(etag(before)).build();
        }
        if (asked == BookingStatus.BOOKED) {
            return changed(
                    operation,
                    List.of(Outcomes.value(
                            bookSlot.confirm(caller.actor(), new ConfirmHoldCommand(booking, version)))));
        }
        return changed(
                operation,
                List.of(Outcomes.value(attendance.record(
                        caller.actor(), new RecordAttendanceCommand(booking, version, asked, null)))));
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    public Bundle search(@Context UriInfo uri) {
        if (uri.getQueryParameters().keySet().stream().anyMatch(name -> name.startsWith("patient"))
                && uri.getQueryParameters().values().stream()
                        .flatMap(List::stream)
                        .anyMatch(value -> value.startsWith(FhirCodes.PERSONAL_IDENTITY_CODE))) {
            throw new InvalidValueException(
                    "patient.identifier",
                    "a personal identity code is searched with POST /fhir/Appointment/_search, never in a URL");
        }
        return search(uri, new SearchParameters(uri.getQueryParameters()));
    }

    @POST
    @Path("_search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.BOOKINGS_READ)
    public Bundle searchByPost(@Context UriInfo uri, MultivaluedMap<String, String> form) {
        return search(uri, new SearchParameters(form));
    }

    /**
     * A client's appointments: the client by {@code patient.identifier} (personal identity code or client reference;
     * a client reads their own without one), narrowed by {@code date}, {@code status}, {@code actor} (the
     * PractitionerRole, Location or HealthcareService taking part) and {@code identifier}.
     */
    private Bundle search(UriInfo uri, SearchParameters parameters) {
        Optional<SearchParameters.Token> patient = parameters.token("patient.identifier");
        if (patient.isEmpty() && !Role.ofClaims(caller.roles()).contains(Role.CLIENT)) {
            throw new InvalidValueException("patient.identifier", "is required");
        }
        List<ShownBooking> found;
        if (patient.isPresent()
                && FhirCodes.PERSONAL_IDENTITY_CODE.equals(patient.get().system())) {
            found = bookings.ofClient(
                    caller.actor(),
                    PersonalIdentityCode.parse(
                            "patient.identifier", patient.get().code()),
                    BookingPeriod.ALL);
        } else if (patient.isPresent()) {
            if (patient.get().system() != null
                    && !FhirCodes.CLIENT_REFERENCE.equals(patient.get().system())) {
                return Bundles.searchset(uri, List.of(), null);
            }
            found = bookings.ofClient(caller.actor(), patient.get().code(), BookingPeriod.ALL);
        } else {
            found = bookings.ofClient(caller.actor(), (String) null, BookingPeriod.ALL);
        }
        SearchParameters.Period period = parameters.period("date");
        List<String> statuses = parameters
                .first("status")
                .map(value -> List.of(value.split(",")))
                .orElse(null);
        Optional<SearchParameters.Token> identifier = parameters.token("identifier");
        Optional<String> actor = parameters.first("actor");
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(catalogue, caller.organisation());
        List<Appointment> matching = found.stream()
                .filter(shown -> period.from() == null
                        || shown.booking().time().interval().start().compareTo(period.from()) >= 0)
                .filter(shown -> period.to() == null
                        || shown.booking().time().interval().start().isBefore(period.to()))
                .map(shown -> FhirViews.appointment(shown, snapshot))
                .filter(appointment -> statuses == null
                        || statuses.contains(appointment.getStatus().toCode()))
                .filter(appointment -> actor.isEmpty()
                        || appointment.getParticipant().stream()
                                .anyMatch(participant -> actor.get()
                                        .equals(participant.getActor().getReference())))
                .filter(appointment -> identifier.isEmpty()
                        || appointment.getIdentifier().stream().anyMatch(known -> matches(known, identifier.get())))
                .toList();
        return Bundles.searchset(uri, matching, null);
    }

    private static boolean matches(Identifier identifier, SearchParameters.Token token) {
        return (token.system() == null || token.system().equals(identifier.getSystem()))
                && token.code().equalsIgnoreCase(identifier.getValue());
    }

    /** The Appointments a change made or changed, this one's successor first, as the REST answer would show them. */
    private Response changed(String operation, List<Booking> changed) {
        Booking now = changed.get(0);
        ShownBooking shown =
                bookings.answer(caller.actor(), operation, List.of(now)).get(0);
        return Response.ok(appointment(shown))
                .tag(etag(now))
                .contentLocation(versioned(now))
                .build();
    }

    private Appointment appointment(ShownBooking shown) {
        return FhirViews.appointment(shown, CatalogueSnapshot.of(catalogue, caller.organisation()));
    }

    /** An answer kept for replay with an Idempotency-Key: the FHIR JSON as a tree the key's store can keep. */
    private Object kept(Appointment appointment) {
        try {
            return json.readTree(model.write(appointment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("FHIR JSON that is not JSON", e);
        }
    }

    /** The booking to make from an Appointment to create. */
    private SlotRequest request(Appointment appointment) {
        SlotKey slot = slot(appointment)
                .orElseThrow(() -> new InvalidValueException("Appointment.slot", "must name a free Slot"));
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(catalogue, caller.organisation());
        String mode = null;
        if (appointment.hasAppointmentType()) {
            mode = appointment.getAppointmentType().getCoding().stream()
                    .map(coding -> snapshot.modeCode(coding.getSystem(), coding.getCode()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElseThrow(() -> new InvalidValueException(
                            "Appointment.appointmentType", "names no contact mode of the organisation"));
        }
        Identifier client = patient(appointment)
                .map(Reference::getIdentifier)
                .filter(Identifier::hasValue)
                .orElse(null);
        String reference = null;
        PersonalIdentityCode code = null;
        if (client != null && FhirCodes.PERSONAL_IDENTITY_CODE.equals(client.getSystem())) {
            code = PersonalIdentityCode.parse("Appointment.participant.actor.identifier", client.getValue());
        } else if (client != null && FhirCodes.CLIENT_REFERENCE.equals(client.getSystem())) {
            reference = client.getValue();
        } else if (client != null) {
            throw new InvalidValueException(
                    "Appointment.participant.actor.identifier",
                    "must be a personal identity code (" + FhirCodes.PERSONAL_IDENTITY_CODE
                            + ") or a client reference (" + FhirCodes.CLIENT_REFERENCE + ")");
        }
        String referral = appointment.getReasonCode().stream()
                .map(reason -> reason.getText())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String language = appointment.hasLanguage() ? appointment.getLanguage() : null;
        return new SlotRequest(
                slot.resource(),
                slot.product(),
                slot.start(),
                mode,
                null,
                reference,
                language,
                referral,
                false,
                code,
                false,
                null,
                null,
                false);
    }

    /** The patient participant's reference: the participant of type SBJ, or the one whose actor is a Patient. */
    private static Optional<Reference> patient(Appointment appointment) {
        return appointment.getParticipant().stream()
                .filter(participant -> participant.getType().stream()
                                .flatMap(type -> type.getCoding().stream())
                                .anyMatch(coding -> "SBJ".equals(coding.getCode()))
                        || "Patient".equals(participant.getActor().getType())
                        || participant.getActor().getReference() != null
                                && participant.getActor().getReference().startsWith("Patient/"))
                .map(AppointmentParticipantComponent::getActor)
                .findFirst();
    }

    /** The time the Appointment's first Slot names; empty when it names none. */
    private static Optional<SlotKey> slot(Appointment appointment) {
        if (!appointment.hasSlot()) {
            return Optional.empty();
        }
        String reference = appointment.getSlotFirstRep().getReference();
        String id = reference == null ? "" : reference.substring(reference.lastIndexOf('/') + 1);
        return Optional.of(SlotIds.key(id)
                .orElseThrow(() -> new InvalidValueException("Appointment.slot", "names no Slot of this service")));
    }

    /** Why a booking is cancelled or moved: the service's reason code in cancelationReason, or the caller's default. */
    private ChangeReason reason(Appointment appointment) {
        for (Coding coding : appointment.getCancelationReason().getCoding()) {
            if (FhirCodes.OWN_CHANGE_REASON.equals(coding.getSystem())) {
                try {
                    return ChangeReason.ofCancelOrMove(ChangeReason.valueOf(coding.getCode()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException(
                            "Appointment.cancelationReason", "is not a reason of " + FhirCodes.OWN_CHANGE_REASON);
                }
            }
        }
        return Role.ofClaims(caller.roles()).contains(Role.CLIENT) ? ChangeReason.CLIENT_REQUEST : ChangeReason.OTHER;
    }

    private static AppointmentStatus wanted(AppointmentStatus status, AppointmentStatus... allowed) {
        if (status == null) {
            return allowed[0];
        }
        for (AppointmentStatus candidate : allowed) {
            if (candidate == status) {
                return status;
            }
        }
        throw new InvalidValueException("Appointment.status", "must be booked or pending to create");
    }

    private static SlotKey keyOf(Booking booking) {
        return new SlotKey(
                booking.time().interval().start(),
                booking.time().resource(),
                booking.time().product());
    }

    private static URI versioned(Booking booking) {
        return URI.create(FhirPaths.BASE + "/Appointment/" + booking.id().value() + "/_history/" + booking.version());
    }

    private static EntityTag etag(Booking booking) {
        return new EntityTag(Long.toString(booking.version()), true);
    }

    private static BookingId bookingId(String id) {
        return new BookingId(FhirCatalogueResource.uuid(id));
    }
}
