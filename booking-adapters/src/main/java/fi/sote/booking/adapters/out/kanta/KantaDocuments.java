package fi.sote.booking.adapters.out.kanta;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher.Document;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.Channel;

import ca.uhn.fhir.context.FhirContext;

/**
 * A booking as the documents of Kanta's appointment package: the Appointment (profile {@value #APPOINTMENT_PROFILE})
 * and a Provenance ({@value #PROVENANCE_PROFILE}) naming the organiser of the service and who booked, sent together
 * in one transaction Bundle, so that the register takes both or neither. The first publication creates the
 * Appointment; later ones update it on the version the register gave last ({@code If-Match}).
 */
public final class KantaDocuments {

    public static final String APPOINTMENT_PROFILE =
            "https://pta.kanta.fi/fhir/StructureDefinition/AppointmentAppointment";
    public static final String PROVENANCE_PROFILE =
            "https://pta.kanta.fi/fhir/StructureDefinition/AppointmentProvenance";
    /** The Kanta code system of the roles in a Provenance: 10 Palvelunjärjestäjä, 12 Ajanvaraustoimenpiteen tekijä. */
    public static final String ROLE_CATEGORY = "http://gen.kanta.fi/figen-cs-provenancerolecategory";

    static final String ORGANISATION = FhirCodes.OWN + "organisation";
    static final String BOOKER_ROLE = FhirCodes.OWN + "booker-role";

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private KantaDocuments() {}

    /** The transaction as the JSON sent to the register (or kept in its stead). */
    public static String json(Document document) {
        return FHIR.newJsonParser().encodeResourceToString(transaction(document));
    }

    /** The transaction that publishes the document: the Appointment created or updated, and its Provenance. */
    public static Bundle transaction(Document document) {
        Booking booking = document.booking();
        Appointment appointment = appointment(document);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String appointmentUrl = "urn:uuid:" + booking.id().value();
        Bundle.BundleEntryComponent entry = bundle.addEntry().setResource(appointment);
        if (document.remoteId() == null) {
            entry.setFullUrl(appointmentUrl)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Appointment")
                    .setIfNoneExist("identifier=" + FhirCodes.URI + "|" + appointmentUrl);
        } else {
            appointment.setId(document.remoteId());
            appointmentUrl = "Appointment/" + document.remoteId();
            entry.getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(appointmentUrl)
                    .setIfMatch("W/\"" + document.remoteVersion() + "\"");
        }
        bundle.addEntry()
                .setFullUrl("urn:uuid:"
                        + UUID.nameUUIDFromBytes(
                                (booking.id().value() + "/" + booking.version()).getBytes(StandardCharsets.UTF_8)))
                .setResource(provenance(document, appointmentUrl))
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Provenance");
        return bundle;
    }

    static Appointment appointment(Document document) {
        Booking booking = document.booking();
        var time = booking.time();
        Appointment appointment = new Appointment();
        appointment.setMeta(new Meta().addProfile(APPOINTMENT_PROFILE));
        appointment.addIdentifier(FhirCodes.uuid(booking.id().value()));
        FhirCodes.status(appointment, booking);
        appointment.addServiceType(FhirCodes.serviceType(document.service()));
        if (document.mode() != null) {
            appointment.setAppointmentType(FhirCodes.contactMode(document.mode()));
        }
        appointment.setStartElement(FhirCodes.instant(time.interval().start()));
        appointment.setEndElement(FhirCodes.instant(time.interval().end()));
        appointment.setCreated(Date.from(booking.bookedAt()));
        if (document.product().guidance() != null) {
            appointment.setPatientInstruction(document.product().guidance().in(booking.clientLanguage()));
        }
        AppointmentParticipantComponent patient = appointment
                .addParticipant()
                .addType(FhirCodes.participation("SBJ", "subject"))
                .setStatus(booking.status().takesTime() ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED);
        if (document.clientCode() != null) {
            patient.setActor(new Reference()
                    .setType("Patient")
                    .setIdentifier(new Identifier()
                            .setSystem(FhirCodes.PERSONAL_IDENTITY_CODE)
                            .setValue(document.clientCode().value())));
        } else if (booking.client() != null) {
            patient.setActor(new Reference()
                    .setType("Patient")
                    .setIdentifier(new Identifier()
                            .setSystem(FhirCodes.CLIENT_REFERENCE)
                            .setValue(booking.client())));
        }
        appointment
                .addParticipant()
                .addType(FhirCodes.participation("PPRF", "primary performer"))
                .setActor(new Reference()
                        .setIdentifier(FhirCodes.uuid(time.resource().value())))
                .setStatus(ParticipationStatus.ACCEPTED);
        return appointment;
    }

    /**
     * Who stands behind this version: the organisation that organises the service (role 10), and who booked (role 12
     * with the client booking for themselves; otherwise the staff role that booked, in the service's own codes).
     */
    static Provenance provenance(Document document, String appointmentUrl) {
        Booking booking = document.booking();
        Provenance provenance = new Provenance();
        provenance.setMeta(new Meta().addProfile(PROVENANCE_PROFILE));
        provenance.addTarget(new Reference(appointmentUrl));
        provenance.setRecordedElement(FhirCodes.instant(booking.bookedAt()));
        provenance
                .addAgent()
                .addRole(new CodeableConcept(new Coding(ROLE_CATEGORY, "10", "Palvelunjärjestäjä")))
                .setWho(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem(ORGANISATION)
                                .setValue(booking.organisation().value())));
        Provenance.ProvenanceAgentComponent booker = provenance.addAgent();
        if (booking.channel() == Channel.CLIENT_SELF_SERVICE) {
            booker.addRole(new CodeableConcept(new Coding(ROLE_CATEGORY, "12", "Ajanvaraustoimenpiteen tekijä")))
                    .setWho(new Reference().setType("Patient").setDisplay("the client"));
        } else {
            booker.addRole(new CodeableConcept(
                            new Coding(BOOKER_ROLE, booking.channel().name(), null)))
                    .setWho(new Reference().setDisplay(booking.channel().name()));
        }
        return provenance;
    }
}
