package fi.sote.booking.adapters.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.StatusChange;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.SocialService;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * The code systems, identifier systems, profiles and extensions the service's FHIR resources use (the {@code /fhir}
 * interface and the documents published to the national appointment register), and its status map.
 * THL code systems go out in the {@code urn:oid:} form with the code set's version in {@code Coding.version}, as the
 * FI Base examples write them. Codes of the service's own (its catalogue codes, change reasons) have systems under
 * {@value #OWN}.
 */
public final class FhirCodes {

    private static final TimeZone HELSINKI = TimeZone.getTimeZone(BookingTime.ZONE);

    private FhirCodes() {}

    public static final String FHIR_VERSION = "4.0.1";

    /** Systems of the service's own codes and identifiers. */
    public static final String OWN = "urn:fi-sote-booking:";

    /** THL - Asiointitapa (contact mode). */
    public static final String CONTACT_MODE = "urn:oid:1.2.246.537.6.884";

    public static final String CONTACT_MODE_VERSION = "2015";
    /** The organisation's own contact-mode codes, for modes without a THL code. */
    public static final String OWN_CONTACT_MODE = OWN + "contact-mode";
    /** THL - Ajanvarauksen tila (booking status). */
    public static final String STATUS = "urn:oid:1.2.246.537.6.881";
    /** THL palvelunimikkeistö (service names), the social service's THL code. */
    public static final String SERVICE_NAME = "urn:oid:1.2.246.537.6.49";

    public static final String SERVICE_NAME_VERSION = "201501";
    public static final String OWN_SOCIAL_SERVICE = OWN + "social-service";
    public static final String OWN_PRODUCT = OWN + "product";
    public static final String OWN_SERVICE_POINT = OWN + "service-point";
    public static final String OWN_CHANGE_REASON = OWN + "change-reason";
    /** The short reference a client reads out on the phone. */
    public static final String BOOKING_REFERENCE = OWN + "booking-reference";
    /** The client's reference in the client-record system. */
    public static final String CLIENT_REFERENCE = OWN + "client";
    /** Henkilötunnus, the personal identity code. */
    public static final String PERSONAL_IDENTITY_CODE = "urn:oid:1.2.246.21";
    /** Identifiers that are URIs: the service's ids as {@code urn:uuid:}. */
    public static final String URI = "urn:ietf:rfc:3986";

    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String LANGUAGE = "urn:ietf:bcp:47";

    private static final String SCHEDULING = "https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/";
    public static final String APPOINTMENT_PROFILE = SCHEDULING + "fi-scheduling-appointment";
    public static final String HEALTHCARE_SERVICE_PROFILE = SCHEDULING + "fi-scheduling-healthcare-service";
    public static final String STATUS_EXTENSION = SCHEDULING + "ajanvarauksen-tila";
    public static final String REQUESTED_SERVICE_EXTENSION = SCHEDULING + "requested-service-info";
    public static final String IMPLEMENTATION_GUIDE =
            "https://hl7.fi/fhir/finnish-scheduling/ImplementationGuide/hl7.fhir.fi.scheduling";

    /** The Finnish code of each status (THL - Ajanvarauksen tila). */
    private static final Map<BookingStatus, String> FINNISH = new EnumMap<>(Map.of(
            BookingStatus.WAITLIST, "1",
            BookingStatus.PROPOSED, "2",
            BookingStatus.BOOKED, "3",
            BookingStatus.CANCELLED, "4",
            BookingStatus.MOVED, "5",
            BookingStatus.ARRIVED, "6",
            BookingStatus.FULFILLED, "7",
            BookingStatus.PENDING, "8",
            BookingStatus.NO_SHOW, "9",
            BookingStatus.CHECKED_IN, "10"));

    /** The status as the THL code set names it, for {@code _status.extension[ajanvarauksen-tila]}. */
    public static Coding finnish(BookingStatus status) {
        return new Coding(STATUS, FINNISH.get(status), status.finnishName());
    }

    /**
     * The FHIR status of a booking. Two go out differently from the guide's maps, which do not agree among
     * themselves: a move (5 Siirretty, deprecated in the guide) goes out as {@code cancelled}, as the guide's forward
     * map has it, because the moved booking no longer takes its time; its replacement is a booking of its own. A
     * started time (6 Alkanut) goes out as {@code arrived}, as the guide's reverse map and R4 have it, not as
     * {@code fulfilled}, which would tell a reader that the meeting is over. The Finnish code in the extension keeps
     * the exact status.
     */
    public static AppointmentStatus fhir(BookingStatus status) {
        return status == BookingStatus.MOVED
                ? AppointmentStatus.CANCELLED
                : AppointmentStatus.fromCode(status.fhirCode());
    }

    /** The booking status a FHIR status asks for; empty for one the service has no counterpart of. */
    public static Optional<BookingStatus> booking(AppointmentStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        for (BookingStatus candidate : BookingStatus.values()) {
            if (candidate != BookingStatus.MOVED && status.toCode().equals(candidate.fhirCode())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The social service as a service type: its THL service-name code where it has one, and its own code. */
    public static CodeableConcept serviceType(SocialService service) {
        CodeableConcept type = new CodeableConcept().setText(service.name().in("fi"));
        if (service.thlCode() != null) {
            type.addCoding(new Coding(SERVICE_NAME, service.thlCode(), null).setVersion(SERVICE_NAME_VERSION));
        }
        type.addCoding(
                new Coding(OWN_SOCIAL_SERVICE, service.code(), service.name().in("fi")));
        return type;
    }

    /** The contact mode as an appointment type: its THL asiointitapa code where it has one, and its own code. */
    public static CodeableConcept contactMode(ContactMode mode) {
        CodeableConcept type = new CodeableConcept().setText(mode.name().in("fi"));
        if (mode.thlCode() != null) {
            type.addCoding(new Coding(CONTACT_MODE, mode.thlCode(), null).setVersion(CONTACT_MODE_VERSION));
        }
        type.addCoding(new Coding(OWN_CONTACT_MODE, mode.code(), mode.name().in("fi")));
        return type;
    }

    /**
     * The booking's status with its Finnish code in the guide's extension on the status element, and for a booking
     * cancelled or moved why, in the service's own reason codes.
     */
    public static void status(Appointment appointment, Booking booking) {
        appointment.setStatus(fhir(booking.status()));
        appointment.getStatusElement().addExtension(new Extension(STATUS_EXTENSION, finnish(booking.status())));
        StatusChange change = booking.lastChange();
        if (appointment.getStatus() == AppointmentStatus.CANCELLED && change != null && change.reason() != null) {
            appointment.setCancelationReason(new CodeableConcept(
                    new Coding(OWN_CHANGE_REASON, change.reason().name(), null)));
        }
    }

    /** One of the service's ids as an identifier: {@code urn:uuid:} in the URI system. */
    public static Identifier uuid(UUID id) {
        return new Identifier().setSystem(URI).setValue("urn:uuid:" + id);
    }

    /** How someone takes part in an appointment (v3 ParticipationType: SBJ, PPRF, LOC). */
    public static CodeableConcept participation(String code, String display) {
        return new CodeableConcept(new Coding(PARTICIPATION_TYPE, code, display));
    }

    /** An instant as Finland's clock shows it, to the second: 2026-12-14T09:00:00+02:00. */
    public static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, HELSINKI);
    }

    /** The same as a dateTime. */
    public static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, HELSINKI);
    }
}
