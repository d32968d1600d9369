package fi.sote.booking.adapters.in.fhir;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Coding;

import fi.sote.booking.domain.booking.BookingStatus;

/**
 * The code systems, identifier systems, profiles and extensions of the {@code /fhir} interface, and its status map.
 * THL code systems go out in the {@code urn:oid:} form with the code set's version in {@code Coding.version}, as the
 * FI Base examples write them. Codes of the service's own (its catalogue codes, change reasons) have systems under
 * {@value #OWN}.
 */
final class FhirCodes {

    private FhirCodes() {}

    static final String FHIR_VERSION = "4.0.1";

    /** Systems of the service's own codes and identifiers. */
    static final String OWN = "urn:fi-sote-booking:";

    /** THL - Asiointitapa (contact mode). */
    static final String CONTACT_MODE = "urn:oid:1.2.246.537.6.884";

    static final String CONTACT_MODE_VERSION = "2015";
    /** The organisation's own contact-mode codes, for modes without a THL code. */
    static final String OWN_CONTACT_MODE = OWN + "contact-mode";
    /** THL - Ajanvarauksen tila (booking status). */
    static final String STATUS = "urn:oid:1.2.246.537.6.881";
    /** THL palvelunimikkeistö (service names), the social service's THL code. */
    static final String SERVICE_NAME = "urn:oid:1.2.246.537.6.49";

    static final String SERVICE_NAME_VERSION = "201501";
    static final String OWN_SOCIAL_SERVICE = OWN + "social-service";
    static final String OWN_PRODUCT = OWN + "product";
    static final String OWN_SERVICE_POINT = OWN + "service-point";
    static final String OWN_CHANGE_REASON = OWN + "change-reason";
    /** The short reference a client reads out on the phone. */
    static final String BOOKING_REFERENCE = OWN + "booking-reference";
    /** The client's reference in the client-record system. */
    static final String CLIENT_REFERENCE = OWN + "client";
    /** Henkilötunnus, the personal identity code. */
    static final String PERSONAL_IDENTITY_CODE = "urn:oid:1.2.246.21";
    /** Identifiers that are URIs: the service's ids as {@code urn:uuid:}. */
    static final String URI = "urn:ietf:rfc:3986";

    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String LANGUAGE = "urn:ietf:bcp:47";

    private static final String SCHEDULING = "https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/";
    static final String APPOINTMENT_PROFILE = SCHEDULING + "fi-scheduling-appointment";
    static final String HEALTHCARE_SERVICE_PROFILE = SCHEDULING + "fi-scheduling-healthcare-service";
    static final String STATUS_EXTENSION = SCHEDULING + "ajanvarauksen-tila";
    static final String REQUESTED_SERVICE_EXTENSION = SCHEDULING + "requested-service-info";
    static final String IMPLEMENTATION_GUIDE =
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
    static Coding finnish(BookingStatus status) {
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
    static AppointmentStatus fhir(BookingStatus status) {
        return status == BookingStatus.MOVED
                ? AppointmentStatus.CANCELLED
                : AppointmentStatus.fromCode(status.fhirCode());
    }

    /** The booking status a FHIR status asks for; empty for one the service has no counterpart of. */
    static Optional<BookingStatus> booking(AppointmentStatus status) {
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
}
